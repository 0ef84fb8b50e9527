using Lucene.Net.Analysis.Id;

namespace Warta.Web.Search.Indonesian;

/// <summary>
/// Finds the root of an Indonesian word by undoing inflection and derivation as Nazief and Adriani describe
/// (particle, possessive, derivational suffix, up to three prefixes, with the meN-/peN- sound changes undone),
/// accepting only known roots. Where several roots fit (mengunjungi: unjung or kunjung?), the root list's own
/// affix flags decide: kunjung is marked as taking meN-…-i, unjung is not. This root check is what Lucene's light
/// stemmer lacks: it keeps "pantai" whole and recovers "tulis" from "menulis". Words it cannot place fall back to
/// Lucene's stemmer, so index and query always agree.
/// </summary>
public sealed class IndonesianRootStemmer(RootWords roots)
{
    private const int MinimumRootLength = 3;
    private static readonly string[] Particles = ["lah", "kah", "tah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];
    private static readonly (string Suffix, char Class)[] Derivational = [("kan", 'k'), ("an", 'a'), ("i", 'i')];
    private static readonly char[] Vowels = ['a', 'e', 'i', 'o', 'u'];

    private const int MemoLimit = 200_000;

    // A language repeats its words endlessly; remembering each word's root makes indexing and highlighting cheap.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> memo = new(StringComparer.Ordinal);

    public RootWords Roots { get; } = roots;

    public string Stem(string word)
    {
        if (word.Length <= MinimumRootLength || !word.All(char.IsAsciiLetterLower)) return word;
        if (memo.TryGetValue(word, out var known)) return known;
        if (memo.Count >= MemoLimit) memo.Clear();
        return memo[word] = Find(word);
    }

    private string Find(string word)
    {
        if (!Roots.IsAvailable) return Light(word);
        // A root that takes affixes is itself; a bare entry (pelari, pemuda) may still be a derived form.
        if (Roots.Contains(word) && Roots.FlagsOf(word).Length > 0) return word;
        var best = Best(word);
        if (Roots.Contains(word)) return best is { Score: 2 } exact ? exact.Root : word;
        return best?.Root ?? Light(word);
    }

    private static string Light(string word)
    {
        // Lucene's stemmer keeps per-call state in its fields, so each call gets its own.
        var buffer = word.ToCharArray();
        var length = new IndonesianStemmer().Stem(buffer, buffer.Length, stemDerivational: true);
        return new string(buffer, 0, length);
    }

    private sealed record Candidate(string Root, int Score);

    private Candidate? Best(string word)
    {
        // Suffix-stripped forms: w, w-particle, w-particle-possessive, then each without -kan, -an or -i.
        var forms = new List<(string Form, char Suffix)> { (word, '0') };
        var current = word;
        if (StripAny(current, Particles) is { } noParticle) forms.Add((current = noParticle, '0'));
        if (StripAny(current, Possessives) is { } noPossessive) forms.Add((current = noPossessive, '0'));
        foreach (var (suffix, cls) in Derivational)
            if (current.EndsWith(suffix, StringComparison.Ordinal) && current.Length - suffix.Length >= MinimumRootLength)
                forms.Add((current[..^suffix.Length], cls));

        var candidates = new List<Candidate>();
        foreach (var (form, suffix) in forms)
        {
            if (form != word && IsRoot(form)) candidates.Add(new(form, Score(form, null, suffix)));
            foreach (var (root, prefix) in PrefixRoots(form, depth: 0, outer: null))
                candidates.Add(new(root, Score(root, prefix, suffix)));
        }

        // Best fit to the root's flags; a root that takes no affixes at all cannot be the base of a derived word.
        // Among equals the shorter root wins (dipelajari → ajar rather than pelajar).
        return candidates.Where(c => c.Score >= 0)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Root.Length)
            .FirstOrDefault();
    }

    /// <summary>2: the root's flags name this very affix pattern; 1: the right prefix or suffix class; 0: neither; -1: takes no affixes.</summary>
    private int Score(string root, char? prefix, char suffix)
    {
        var flags = Roots.FlagsOf(root);
        if (prefix is null && suffix == '0') return 2; // only inflection (particles, possessives) was removed
        if (flags.Length == 0) return -1;
        var best = 0;
        for (var i = 0; i + 1 < flags.Length; i += 2)
        {
            char p = flags[i], s = flags[i + 1];
            var prefixFits = prefix is { } pc ? p == pc || (pc == 'P' && p == 'R') : char.IsLower(p);
            if (prefix is null)
            {
                if (p == suffix) return 2;                         // a0, i0, k0: the bare suffix
                continue;
            }
            if (prefixFits && (s == suffix || (suffix == '0' && char.IsDigit(s)))) return 2;
            if (prefixFits) best = 1;
        }
        return best;
    }

    private IEnumerable<(string Root, char Prefix)> PrefixRoots(string word, int depth, char? outer)
    {
        if (depth == 3) yield break;
        foreach (var (candidate, prefix) in PrefixCandidates(word))
        {
            if (candidate.Length < MinimumRootLength) continue;
            var first = outer ?? prefix;
            if (IsRoot(candidate)) yield return (candidate, first);
            foreach (var deeper in PrefixRoots(candidate, depth + 1, first)) yield return deeper;
        }
    }

    private bool IsRoot(string candidate) => candidate.Length >= MinimumRootLength && Roots.Contains(candidate);

    private static string? StripAny(string word, string[] endings)
    {
        foreach (var ending in endings)
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= MinimumRootLength)
                return word[..^ending.Length];
        return null;
    }

    private static bool IsVowel(char c) => Array.IndexOf(Vowels, c) >= 0;

    /// <summary>
    /// What a word may be once one prefix is removed, with nasal sound changes undone (menulis → tulis), each with
    /// the prefix's class letter as hunspell-id writes it (D di-, K ke-, S se-, B ber-, T ter-, M meN-, P peN-/per-).
    /// </summary>
    private static IEnumerable<(string Candidate, char Prefix)> PrefixCandidates(string w)
    {
        if (w.StartsWith("di", StringComparison.Ordinal)) yield return (w[2..], 'D');
        if (w.StartsWith("ke", StringComparison.Ordinal)) yield return (w[2..], 'K');
        if (w.StartsWith("se", StringComparison.Ordinal)) yield return (w[2..], 'S');
        if (w.StartsWith("ber", StringComparison.Ordinal)) yield return (w[3..], 'B');
        if (w.StartsWith("be", StringComparison.Ordinal)) yield return (w[2..], 'B');      // bekerja → kerja, berambut → rambut
        if (w.StartsWith("bel", StringComparison.Ordinal)) yield return (w[3..], 'B');     // belajar → ajar
        if (w.StartsWith("ter", StringComparison.Ordinal)) yield return (w[3..], 'T');
        if (w.StartsWith("te", StringComparison.Ordinal)) yield return (w[2..], 'T');      // terasa → rasa
        foreach (var candidate in Nasal(w, "me")) yield return (candidate, 'M');
        foreach (var candidate in Nasal(w, "pe")) yield return (candidate, 'P');
        if (w.StartsWith("per", StringComparison.Ordinal)) yield return (w[3..], 'P');
        if (w.StartsWith("pel", StringComparison.Ordinal)) yield return (w[3..], 'P');     // pelajari → ajar
    }

    /// <summary>meN-/peN-: the nasal that replaced or joined the root's first sound.</summary>
    private static IEnumerable<string> Nasal(string w, string prefix)
    {
        if (!w.StartsWith(prefix, StringComparison.Ordinal) || w.Length < prefix.Length + 3) yield break;
        var rest = w[prefix.Length..];
        if (rest.StartsWith("ny", StringComparison.Ordinal) && IsVowel(rest[2]))
        {
            yield return "s" + rest[2..];                                        // menyapu → sapu
            yield return rest;                                                   // menyanyi → nyanyi
        }
        else if (rest.StartsWith("ng", StringComparison.Ordinal))
        {
            var after = rest[2..];
            if (after.Length > 0 && IsVowel(after[0]))
            {
                yield return after;                                              // mengambil → ambil
                yield return "k" + after;                                        // mengirim → kirim
            }
            else
            {
                yield return after;                                              // menggali → gali, menghapus → hapus
            }
            if (after.StartsWith('e')) yield return after[1..];                  // mengebom → bom
        }
        else if (rest.StartsWith('m'))
        {
            var after = rest[1..];
            if (after.Length > 0 && IsVowel(after[0]))
            {
                yield return "p" + after;                                        // memukul → pukul
                yield return rest;                                               // memakan → makan
            }
            else
            {
                yield return after;                                              // membaca → baca
            }
        }
        else if (rest.StartsWith('n'))
        {
            var after = rest[1..];
            if (after.Length > 0 && IsVowel(after[0]))
            {
                yield return "t" + after;                                        // menulis → tulis
                yield return rest;                                               // menanti → nanti
            }
            else
            {
                yield return after;                                              // mendengar → dengar
            }
        }
        else
        {
            yield return rest;                                                   // melihat → lihat, merasa → rasa
        }
    }
}
