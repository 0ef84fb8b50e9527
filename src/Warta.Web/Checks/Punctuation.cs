using System.Text.RegularExpressions;

namespace Warta.Web.Checks;

/// <summary>
/// Punctuation that breaks the sense: a name cut by a stray mark ("Kim. Jong Un" where the text elsewhere writes
/// "Kim Jong Un"), a sentence closed inside a quotation that then goes on outside it (<c>selesai.” katanya</c>, which
/// wants a comma), and a sentence closed twice (<c>.”.</c>).
/// </summary>
public static partial class Punctuation
{
    public const string CheckId = "punctuation";

    public static IEnumerable<Finding> Find(CheckedText text, CheckContext context)
    {
        var all = string.Join('\n', text.Paragraphs.Select(p => p.Text));
        foreach (var p in text.Prose)
        {
            foreach (Match m in BrokenName().Matches(p.Text))
            {
                var joined = $"{m.Groups["a"].Value} {m.Groups["b"].Value}";
                if (all.Contains(joined, StringComparison.Ordinal))
                    yield return new Finding(CheckId, p.Number, m.Index + 1, p.Line, m.Value, "ChkBrokenName", m.Value, joined);
            }
            foreach (Match m in ClosedThenGoesOn().Matches(p.Text))
                yield return new Finding(CheckId, p.Number, m.Index + 1, p.Line, Quotes.Around(p.Text, m.Index), "ChkQuoteSentenceGoesOn", Quotes.Around(p.Text, m.Index));
            foreach (Match m in ClosedTwice().Matches(p.Text))
                yield return new Finding(CheckId, p.Number, m.Index + 1, p.Line, Quotes.Around(p.Text, m.Index), "ChkClosedTwice", Quotes.Around(p.Text, m.Index));
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}.])(?<a>\p{Lu}\p{Ll}+)[.,;:]\s+(?<b>\p{Lu}\p{Ll}+)")]
    private static partial Regex BrokenName();

    /// <summary>A full stop, then the closing mark, then a word in lower case: the sentence was not over.</summary>
    [GeneratedRegex(@"\p{Ll}\.[”""]\s+\p{Ll}")]
    private static partial Regex ClosedThenGoesOn();

    [GeneratedRegex(@"[.!?][”""’]\.(?!\.)")]
    private static partial Regex ClosedTwice();
}
