namespace Warta.Web.Checks;

/// <summary>A quoted stretch: where it opens (paragraph, column of the mark) and where it closes (column of the mark, -1 while open).</summary>
public sealed record QuoteSpan(int Paragraph, int Open, int Close, string Text);

/// <summary>
/// Reads the double quotation marks of a text (“ ” „ and ") into spans, and says what does not pair up. Single
/// marks are read only where they can be nothing else (‘ before a letter after a space): an apostrophe (Jum'at,
/// don't, '90-an, ’90-an) is never a quotation mark. A quotation running over several paragraphs leaves each one
/// open by convention, the next opening again; only the last one must close.
/// </summary>
public static class Quotes
{
    public const string CheckId = "quotes";

    public static (List<QuoteSpan> Spans, List<Finding> Findings) Read(CheckedText text, CheckContext context)
    {
        var spans = new List<QuoteSpan>();
        var findings = new List<Finding>();
        var paragraphs = new List<CheckedParagraph> { text.HeadlineParagraph };
        paragraphs.AddRange(text.Paragraphs.Where(p => p.Kind != ParagraphKind.Related));
        for (var n = 0; n < paragraphs.Count; n++)
        {
            var p = paragraphs[n];
            var s = p.Text;
            var open = -1;
            var single = -1;
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                switch (c)
                {
                    case '“' or '„':
                        if (Attribution.StartsAt(s, i + 1, context))
                        {
                            // “kata Putin: a closing mark turned the wrong way round, as pasted and machine-translated copy has.
                            findings.Add(At(p, i, "ChkQuoteWrongWay", Around(s, i)));
                            if (open >= 0) { spans.Add(new QuoteSpan(p.Number, open, i, s[(open + 1)..i])); open = -1; }
                            break;
                        }
                        if (open >= 0)
                        {
                            findings.Add(At(p, i, "ChkQuoteNested", Around(s, i)));
                            break;
                        }
                        open = i;
                        break;
                    case '”':
                        if (open >= 0) { spans.Add(new QuoteSpan(p.Number, open, i, s[(open + 1)..i])); open = -1; }
                        else if (i + 1 < s.Length && char.IsLetter(s[i + 1]) && (i == 0 || !char.IsLetterOrDigit(s[i - 1])))
                        {
                            findings.Add(At(p, i, "ChkQuoteWrongWay", Around(s, i)));
                            open = i;
                        }
                        else findings.Add(At(p, i, "ChkQuoteStrayClose", Around(s, i)));
                        break;
                    case '"':
                        if (open >= 0) { spans.Add(new QuoteSpan(p.Number, open, i, s[(open + 1)..i])); open = -1; }
                        else open = i;
                        break;
                    case '‘' when i + 1 < s.Length && char.IsLetter(s[i + 1]) && (i == 0 || !char.IsLetterOrDigit(s[i - 1])):
                        single = i;
                        break;
                    case '’' when single >= 0 && (i + 1 == s.Length || !char.IsLetter(s[i + 1])):
                        single = -1;
                        break;
                }
            }
            if (single >= 0) findings.Add(At(p, single, "ChkQuoteSingleUnclosed", Around(s, single)));
            if (open < 0) continue;
            spans.Add(new QuoteSpan(p.Number, open, -1, s[(open + 1)..]));
            var next = n + 1 < paragraphs.Count ? paragraphs[n + 1].Text : "";
            if (next.Length == 0 || next[0] is not ('“' or '„' or '"'))
                findings.Add(At(p, open, "ChkQuoteUnclosed", Around(s, open)));
        }
        return (spans, findings);
    }

    private static Finding At(CheckedParagraph p, int column, string key, string excerpt) =>
        new(CheckId, p.Number, column + 1, p.Line, excerpt, key, excerpt);

    /// <summary>The words around a position, for the finding's excerpt.</summary>
    internal static string Around(string s, int i, int before = 25, int after = 35)
    {
        var start = Math.Max(0, i - before);
        var end = Math.Min(s.Length, i + after);
        while (start > 0 && !char.IsWhiteSpace(s[start - 1])) start--;
        while (end < s.Length && !char.IsWhiteSpace(s[end])) end++;
        return (start > 0 ? "…" : "") + s[start..end].Trim() + (end < s.Length ? "…" : "");
    }
}
