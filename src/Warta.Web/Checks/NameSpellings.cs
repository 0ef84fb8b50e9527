using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Warta.Web.Checks;

/// <summary>
/// A person's name spelled more than one way: the same name written with and without a hyphen or space ("Kim
/// Jong-un" and "Kim Jong Un"); two surnames a letter or two apart after the same given name ("Joko Widodo" and "Joko
/// Widoda"); two speakers whose names differ only in their vowels ("kata Easley" and "kata Isley"); and, with a site
/// at hand, a name written otherwise than earlier published stories write it.
/// </summary>
public static partial class NameSpellings
{
    public const string CheckId = "names";

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Pak", "Bu", "Bapak", "Ibu", "Mas", "Mbak", "Bang", "Kak", "Om", "Tante", "Dik", "Haji", "Hajah", "Kiai", "Ustaz", "Ustadz",
        "Presiden", "Wakil", "Menteri", "Gubernur", "Bupati", "Wali", "Camat", "Lurah", "Kepala", "Ketua", "Direktur", "Jenderal",
        "Kapolri", "Kapolda", "Kapolres", "Panglima", "Profesor", "Prof", "Dokter", "Dr", "Ir", "Sekretaris", "Juru", "Bicara",
        "Mr", "Mrs", "Ms", "President", "Minister", "Governor", "Mayor", "Sir", "Professor", "General", "Senator", "Judge",
    };

    private sealed record Name(string Written, string[] Tokens, CheckedParagraph Paragraph, int Column);

    /// <summary>A name's identity across spellings: its letters, lower case, without hyphens, spaces or marks.</summary>
    public static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
            if (char.IsLetter(c)) key.Append(char.ToLowerInvariant(c));
        return key.ToString();
    }

    /// <summary>
    /// Names of two to four capitalised words in running text (all-capital words, as in datelines, are left out), with
    /// their shorter endings ("Presiden Joko Widodo", "Joko Widodo").
    /// </summary>
    public static IEnumerable<(string Written, CheckedParagraph Paragraph, int Column)> Candidates(CheckedText text) =>
        Names(text).SelectMany(Tails).Where(n => n.Tokens.Length >= 2).Select(n => (n.Written, n.Paragraph, n.Column));

    public static IEnumerable<Finding> Find(CheckedText text, CheckContext context)
    {
        var names = Names(text).ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);

        // The same letters written two ways, longest names first so "Kim Jong-un" is reported and not also "Jong-un".
        var byKey = names.SelectMany(Tails).GroupBy(t => Key(t.Written)).Where(g => g.Key.Length >= 6)
            .OrderByDescending(g => g.Key.Length);
        foreach (var group in byKey)
        {
            var forms = group.Select(g => g.Written).Distinct(StringComparer.Ordinal).ToList();
            if (forms.Count < 2 || reported.Any(r => r.EndsWith(group.Key, StringComparison.Ordinal))) continue;
            reported.Add(group.Key);
            var second = group.First(g => g.Written != group.First().Written);
            yield return new Finding(CheckId, second.Paragraph.Number, second.Column + 1, second.Paragraph.Line, second.Written, "ChkNameTwoWays", forms[0], forms[1]);
        }

        // Surnames a letter or two apart after the same given name.
        var full = names.Where(n => n.Tokens.Length >= 2).ToList();
        foreach (var pair in Pairs(full, (a, b) => a.Tokens[^2] == b.Tokens[^2] && Near(a.Tokens[^1], b.Tokens[^1])))
            if (reported.Add(Key(pair.A.Tokens[^1]) + "|" + Key(pair.B.Tokens[^1])))
                yield return new Finding(CheckId, pair.B.Paragraph.Number, pair.B.Column + 1, pair.B.Paragraph.Line, pair.B.Written, "ChkNameNear", pair.A.Written, pair.B.Written);

        // Speakers (a name next to an attribution word) whose names share their consonants: one person, two spellings.
        var speakers = Speakers(text, context).ToList();
        foreach (var pair in Pairs(speakers, (a, b) => Near(a.Tokens[^1], b.Tokens[^1]) && Consonants(a.Tokens[^1]) == Consonants(b.Tokens[^1])))
            if (reported.Add(Key(pair.A.Tokens[^1]) + "|" + Key(pair.B.Tokens[^1])) && !reported.Contains(Key(pair.B.Tokens[^1]) + "|" + Key(pair.A.Tokens[^1])))
                yield return new Finding(CheckId, pair.B.Paragraph.Number, pair.B.Column + 1, pair.B.Paragraph.Line, pair.B.Written, "ChkNameNear", pair.A.Written, pair.B.Written);

        // As earlier stories write it.
        if (context.EarlierNames is not { } earlier) yield break;
        foreach (var name in full.SelectMany(Tails).Where(n => n.Tokens.Length >= 2).DistinctBy(n => n.Written))
            if (earlier.TryGetValue(Key(name.Written), out var before) && before != name.Written && reported.Add("earlier:" + Key(name.Written)))
                yield return new Finding(CheckId, name.Paragraph.Number, name.Column + 1, name.Paragraph.Line, name.Written, "ChkNameEarlier", name.Written, before);
    }

    private static IEnumerable<(Name A, Name B)> Pairs(List<Name> names, Func<Name, Name, bool> alike)
    {
        var forms = names.DistinctBy(n => n.Tokens[^1]).ToList();
        for (var i = 0; i < forms.Count; i++)
            for (var j = i + 1; j < forms.Count; j++)
                if (forms[i].Tokens[^1] != forms[j].Tokens[^1] && alike(forms[i], forms[j])) yield return (forms[i], forms[j]);
    }

    /// <summary>A name and its shorter endings ("Presiden Joko Widodo", "Joko Widodo"), each a possible spelling of the person.</summary>
    private static IEnumerable<Name> Tails(Name name)
    {
        for (var skip = 0; skip < name.Tokens.Length; skip++)
        {
            var tokens = name.Tokens[skip..];
            if (tokens.Length == 1 && !tokens[0].Contains('-', StringComparison.Ordinal)) yield break;
            var column = name.Column + name.Written.IndexOf(tokens[0], StringComparison.Ordinal);
            yield return new Name(name.Written[(column - name.Column)..], tokens, name.Paragraph, column);
        }
    }

    private static IEnumerable<Name> Names(CheckedText text)
    {
        foreach (var p in text.Prose)
            foreach (Match m in Capitalised().Matches(p.Text))
            {
                // Titles and forms of address go: "Pak Budi" and "Pak Rudi" share no given name.
                var tokens = Separator().Split(m.Value);
                var skip = 0;
                while (skip < tokens.Length - 1 && Titles.Contains(tokens[skip])) skip++;
                var written = skip == 0 ? m.Value : m.Value[m.Value.IndexOf(tokens[skip], StringComparison.Ordinal)..];
                yield return new Name(written, tokens[skip..], p, m.Index + (m.Value.Length - written.Length));
            }
    }

    /// <summary>A single capitalised word just before or after an attribution word: "kata Isley", "Easley menambahkan".</summary>
    private static IEnumerable<Name> Speakers(CheckedText text, CheckContext context)
    {
        foreach (var p in text.Prose)
            foreach (Match m in (context.English ? SpeakerEnglish() : SpeakerIndonesian()).Matches(p.Text))
            {
                var g = m.Groups["name"];
                yield return new Name(g.Value, [g.Value], p, g.Index);
            }
    }

    /// <summary>One or two letters apart, both long enough to be a surname and not one inside the other.</summary>
    private static bool Near(string a, string b) =>
        a.Length >= 4 && b.Length >= 4 && !a.Contains(b, StringComparison.OrdinalIgnoreCase) && !b.Contains(a, StringComparison.OrdinalIgnoreCase)
        && Distance(a.ToLowerInvariant(), b.ToLowerInvariant()) is >= 1 and <= 2 && Math.Abs(a.Length - b.Length) <= 1;

    private static string Consonants(string word) =>
        new(word.ToLowerInvariant().Where(c => char.IsLetter(c) && "aeiouy".IndexOf(c) < 0).ToArray());

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)?){0,5}(?![\p{L}\p{N}])")]
    private static partial Regex Capitalised();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\b(?:kata|ujar|ungkap|tutur|jelas|imbuh|ucap|terang|lanjut|tegas)\s+(?:\p{Ll}+\s+)?(?<name>\p{Lu}\p{Ll}{3,})\b|\b(?<name>\p{Lu}\p{Ll}{3,})\s+(?:menambahkan|mengatakan|menjelaskan|menegaskan|menuturkan|mengungkapkan|berkata)\b")]
    private static partial Regex SpeakerIndonesian();

    [GeneratedRegex(@"\b(?:said|told|according\s+to|added)\s+(?<name>\p{Lu}\p{Ll}{3,})\b|\b(?<name>\p{Lu}\p{Ll}{3,})\s+(?:said|told|added|explained)\b")]
    private static partial Regex SpeakerEnglish();
}
