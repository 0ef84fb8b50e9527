using System.Text.RegularExpressions;

namespace Warta.Web.Checks;

/// <summary>
/// Slips of the keyboard and the desk: a word typed twice ("di di"; Indonesian doubles words with a hyphen,
/// kata-kata, and English "had had" or "that that" can be right), a placeholder left in (TK, XXX, [nama], lorem
/// ipsum, TODO), and a paragraph that appears twice.
/// </summary>
public static partial class Slips
{
    public const string CheckId = "slips";

    private static readonly HashSet<string> EnglishDoubles = new(StringComparer.OrdinalIgnoreCase) { "had", "that", "is", "do", "bye", "no", "so", "very", "far", "ha", "knock" };

    public static IEnumerable<Finding> Find(CheckedText text, CheckContext context)
    {
        var paragraphs = text.Paragraphs.Prepend(text.HeadlineParagraph).ToList();
        foreach (var p in paragraphs)
        {
            foreach (Match m in Doubled().Matches(p.Text))
            {
                var word = m.Groups["word"].Value;
                if (word.All(char.IsDigit) || (context.English && EnglishDoubles.Contains(word))) continue;
                yield return new Finding(CheckId, p.Number, m.Index + 1, p.Line, m.Value, "ChkWordTwice", m.Value);
            }
            foreach (Match m in Placeholder().Matches(p.Text))
                yield return new Finding(CheckId, p.Number, m.Index + 1, p.Line, m.Value, "ChkPlaceholder", m.Value);
        }
        var seen = new Dictionary<string, CheckedParagraph>(StringComparer.Ordinal);
        foreach (var p in text.Prose)
        {
            var key = NameSpellings.Key(p.Text);
            if (key.Length < 40) continue;
            if (seen.TryGetValue(key, out var first))
                yield return new Finding(CheckId, p.Number, 1, p.Line, Quotes.Around(p.Text, 0, 0, 50), "ChkParagraphTwice", first.Number);
            else seen[key] = p;
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?<word>\p{L}{2,}|\d+)\s+\k<word>(?![\p{L}\p{N}-])", RegexOptions.IgnoreCase)]
    private static partial Regex Doubled();

    [GeneratedRegex(@"\bTK(?:TK)*\b|\bX{3,}\b|\bx{3,}\b|\blorem\s+ipsum\b|\bTODO\b|\bFIXME\b|\[(?:TBD|TBA|TK|isi|nama|judul|foto|gambar|link|tautan|sumber|kutipan|tanggal|jabatan|name|title|photo|quote|date|source)[^\]]{0,20}\]|\{\{[^}]{0,40}\}\}|\?{3,}", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
