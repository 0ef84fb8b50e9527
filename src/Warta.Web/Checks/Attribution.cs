using System.Text.RegularExpressions;

namespace Warta.Web.Checks;

/// <summary>
/// Direct quotes with no one saying them: a quoted stretch of five words or more (fewer is a term or a scare quote)
/// needs an attribution word outside the quotation marks in its paragraph, in the paragraph before it (which may
/// also introduce it with a colon), or anywhere in the run of paragraphs one quotation spans.
/// </summary>
public static partial class Attribution
{
    public const string CheckId = "attribution";
    private const int QuoteWords = 5;

    public static IEnumerable<Finding> Find(CheckedText text, IReadOnlyList<QuoteSpan> spans, CheckContext context)
    {
        var byNumber = text.Paragraphs.ToDictionary(p => p.Number);
        // Paragraphs one quotation runs through (each left open by convention, the next opening again) count as one.
        var runs = new Dictionary<int, int>();
        foreach (var p in text.Prose)
        {
            var before = Previous(text, p.Number);
            var continues = spans.Any(s => s.Paragraph == p.Number && s.Open == 0) && spans.Any(s => s.Paragraph == before && s.Close < 0);
            runs[p.Number] = continues && runs.TryGetValue(before, out var run) ? run : p.Number;
        }
        foreach (var span in spans)
        {
            if (Words(span.Text) < QuoteWords || !byNumber.TryGetValue(span.Paragraph, out var p) || p.Kind != ParagraphKind.Text) continue;
            // Introduced with a colon: "Budi menjawab singkat: “…”".
            if (p.Text.AsSpan(0, span.Open).TrimEnd().EndsWith(":", StringComparison.Ordinal)) continue;
            var run = runs[span.Paragraph];
            var said = runs.Where(r => r.Value == run).Any(r => byNumber.TryGetValue(r.Key, out var q) && Says(q, spans, context));
            var before = Previous(text, run);
            if (said || (byNumber.TryGetValue(before, out var intro) && (Says(intro, spans, context) || intro.Text.TrimEnd().EndsWith(':')))) continue;
            yield return new Finding(CheckId, p.Number, span.Open + 1, p.Line, Quotes.Around(p.Text, span.Open, 0, 60), "ChkUnattributed", Quotes.Around(p.Text, span.Open, 0, 60));
        }
    }

    private static int Previous(CheckedText text, int number) =>
        text.Paragraphs.LastOrDefault(p => p.Number < number && p.Kind == ParagraphKind.Text)?.Number ?? -1;

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Whether the paragraph has an attribution word outside its quotation marks.</summary>
    private static bool Says(CheckedParagraph p, IReadOnlyList<QuoteSpan> spans, CheckContext context)
    {
        var outside = p.Text.ToCharArray();
        foreach (var s in spans.Where(s => s.Paragraph == p.Number))
            for (var i = s.Open; i <= (s.Close < 0 ? outside.Length - 1 : s.Close); i++) outside[i] = ' ';
        var words = new string(outside);
        return (context.English ? English() : Indonesian()).IsMatch(words) || Colon().IsMatch(words);
    }

    /// <summary>Whether an attribution word starts at <paramref name="at"/> (after the spaces there).</summary>
    internal static bool StartsAt(string s, int at, CheckContext context)
    {
        var m = (context.English ? English() : Indonesian()).Match(s, at);
        return m.Success && s.AsSpan(at, m.Index - at).IsWhiteSpace();
    }

    [GeneratedRegex(@"\b(?:(?:kata|ujar|ungkap|tutur|jelas|imbuh|tambah|ucap|terang|sebut|lanjut|papar|tegas|tandas|pungkas|beber|akui|sambung|katanya|ujarnya)(?:nya)?|menurut(?:nya)?|(?:ber|me)?kata|mengatakan|menyatakan|menjelaskan|menambahkan|menegaskan|mengungkapkan|menuturkan|mengaku|mengakui|menyebut(?:kan)?|bilang|berujar|bertutur|berpendapat|menilai)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Indonesian();

    [GeneratedRegex(@"\b(?:said|says|say|told|tells|according\s+to|added|adds|asked|explained|stated|wrote|writes|recalled|argued|noted|insisted|warned|admitted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    /// <summary>A speaker named before a colon that opens the quote: <c>Budi: “…”</c>.</summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}.]+\s*:(?!\d)")]
    private static partial Regex Colon();
}
