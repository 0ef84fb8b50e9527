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

    // Counted apart: the dictionary's own Count takes every one of its locks, and every token asked it.
    private int remembered;

    public RootWords Roots { get; } = roots;

    public string Stem(string word)
    {
        if (word.Length <= MinimumRootLength || !word.All(char.IsAsciiLetterLower)) return word;
        if (memo.TryGetValue(word, out var known)) return known;
        if (Volatile.Read(ref remembered) >= MemoLimit)
        {
            memo.Clear();
            Volatile.Write(ref remembered, 0);
        }
        var root = Find(word);
        if (memo.TryAdd(word, root)) Interlocked.Increment(ref remembered);
        return root;
    }

    private string Find(string word)
    {
        if (!Roots.IsAvailable) return Light(word);
        var root = Infixed.Root(Roots, FindDerived(word));
        // What is left after a clitic or prefix may be an entry that is itself derived (leluhurnya → leluhur → luhur).
        if (root != word && Roots.Contains(root) && !Roots.FlagsOf(root).Any(char.IsUpper))
            root = LoanwordBase(root, longSuffixesOnly: false) ?? ReduplicatedEntry(root) ?? root;
        return root;
    }

    private string FindDerived(string word)
    {
        // A root that takes affixes is itself; a bare entry (pelari, pemuda) may still be a derived form. A loanword
        // in -isasi, -isme or -itas is its base even where the dictionary gives it affixes of its own (modernisasi).
        if (Roots.Contains(word) && Roots.FlagsOf(word).Length > 0)
            return LoanwordBase(word, longSuffixesOnly: true) ?? ReduplicatedEntry(word) ?? word;
        if (Roots.Contains(word) && (LoanwordBase(word, longSuffixesOnly: false) ?? ReduplicatedEntry(word)) is { } within) return within;
        var best = Best(word);
        if (Roots.Contains(word)) return best is { Score: 2 } exact ? exact.Root : word;
        return best?.Root ?? Light(word);
    }

    /// <summary>
    /// The base of a loanword derived with -isme, -isasi, -itas or -is (nasionalisme, modernisasi, stabilitas,
    /// finalis), when the dictionary has the base as a root that takes affixes of its own.
    /// </summary>
    private string? LoanwordBase(string form, bool longSuffixesOnly)
    {
        foreach (var (suffix, restore) in LoanSuffixes)
        {
            if (longSuffixesOnly && suffix.Length < 4) continue;
            if (!form.EndsWith(suffix, StringComparison.Ordinal) || form.Length - suffix.Length < 4) continue;
            var stem = form[..^suffix.Length];
            // Native words end in -is too (pelukis, manis): -is only after the -al of a loanword (nasionalis, finalis).
            if (suffix == "is" && !stem.EndsWith("al", StringComparison.Ordinal)) continue;
            foreach (var candidate in restore.Select(r => stem + r))
                if (Roots.Contains(candidate) && (Roots.FlagsOf(candidate).Length > 0 || candidate.Length >= 5))
                    return suffix != "is" && candidate.EndsWith("is", StringComparison.Ordinal) ? LoanwordBase(candidate, false) ?? candidate : candidate;
        }
        return null;
    }

    /// <summary>
    /// A dictionary entry that repeats its first syllable in the patterns still alive (de-, le-, re-, se-, te-:
    /// dedaunan, lelaki, leluhur, rerata, tetua), read as its base when the base is a root that takes prefixes. Other
    /// letters are left alone: pepaya is not paya.
    /// </summary>
    private string? ReduplicatedEntry(string word)
    {
        if (word.Length < 6 || word[1] != 'e' || word[0] != word[2] || !"dlrst".Contains(word[0], StringComparison.Ordinal)) return null;
        var stem = word[2..];
        // The base, or the base of a collective in -an (dedaunan, reranting): the first with prefix flags.
        string?[] bases = [stem, StripAny(stem, Possessives), stem.EndsWith("an", StringComparison.Ordinal) ? stem[..^2] : null];
        return bases.FirstOrDefault(b => b is { Length: >= MinimumRootLength } && Roots.FlagsOf(b).Any(char.IsUpper));
    }

    /// <summary>Loanword suffixes, longest first, each with the endings its base may have kept (separatisme → separatis).</summary>
    private static readonly (string Suffix, string[] Restore)[] LoanSuffixes =
        [("isasi", [""]), ("isme", ["is", ""]), ("itas", ["", "if"]), ("is", [""])];

    private static string Light(string word)
    {
        // Lucene's stemmer keeps per-call state in its fields, so each call gets its own.
        var buffer = word.ToCharArray();
        var length = new IndonesianStemmer().Stem(buffer, buffer.Length, stemDerivational: true);
        return new string(buffer, 0, length);
    }

    /// <summary>A reading of the word: its root, how well the root's flags fit, and how many prefixes it peeled.</summary>
    private sealed record Candidate(string Root, int Score, int Prefixes = 0, char? Via = null);

    private Candidate? Best(string word)
    {
        // Suffix-stripped forms: w, w-particle, w-particle-possessive, then each without -kan, -an or -i.
        var forms = new List<(string Form, char Suffix)> { (word, '0') };
        var current = word;
        if (StripAny(current, Particles) is { } noParticle) forms.Add((current = noParticle, '0'));
        // A dictionary entry keeps an ending that only looks like -ku or -mu (selaku, beliku); -nya is always the clitic.
        if (StripAny(current, Roots.Contains(word) ? ["nya"] : Possessives) is { } noPossessive) forms.Add((current = noPossessive, '0'));
        foreach (var (suffix, cls) in Derivational)
            if (current.EndsWith(suffix, StringComparison.Ordinal) && current.Length - suffix.Length >= MinimumRootLength)
                forms.Add((current[..^suffix.Length], cls));

        var candidates = new List<Candidate>();
        foreach (var (form, suffix) in forms)
        {
            if (form != word && IsRoot(form)) candidates.Add(new(form, Score(form, null, suffix)));
            foreach (var (root, prefix, depth, via) in PrefixRoots(form, depth: 0, outer: null))
                candidates.Add(new(root, Score(root, via is 'U' or 'E' ? via : prefix, suffix), depth + 1, via));
            if (suffix == '0' && LoanwordBase(form, longSuffixesOnly: false) is { } loanBase) candidates.Add(new(loanBase, 2));
            if (Infixed.Root(Roots, form) is var infixRoot && infixRoot != form) candidates.Add(new(infixRoot, 2));
        }

        // Best fit to the root's flags; a root that takes no affixes at all cannot be the base of a derived word.
        // Among equals: a root that takes affixes before a bare one (menikah is nikah, not meni + -kah), the reading
        // with fewer prefixes (the suffix is read before a prefix: dipecat is pecat, tekanan is tekan + -an), then the
        // shorter root, then the order the readings were found in (the nasal kept before the one it replaced:
        // memasak is masak, not pasak).
        // A dictionary entry is not re-read as ku-/kau- + verb (kuali, kuasi) or as a repeated syllable (pepaya).
        var entry = Roots.Contains(word);
        return candidates.Where(c => c.Score >= 0 && !(entry && c.Via is 'U' or 'E'))
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => Roots.FlagsOf(c.Root).Length > 0)
            .ThenBy(c => c.Prefixes)
            .ThenBy(c => c.Root.Length)
            .FirstOrDefault();
    }

    /// <summary>2: the root's flags name this very affix pattern; 1: the right prefix or suffix class; 0: neither; -1: takes no affixes.</summary>
    private int Score(string root, char? prefix, char suffix)
    {
        var flags = Roots.FlagsOf(root);
        if (prefix is null && suffix == '0') return 2; // only inflection (particles, possessives) was removed
        if (flags.Length == 0) return -1;
        // Hunspell has no flag for a repeated first syllable; any prefix flag shows the root is one words grow from.
        if (prefix == 'E') return flags.Any(char.IsUpper) ? 2 : -1;
        var best = 0;
        for (var i = 0; i + 1 < flags.Length; i += 2)
        {
            char p = flags[i], s = flags[i + 1];
            // ku-/kau- (U) go with the verbs that take meN- (kubaca, dibaca, membaca); menge-/penge- (G) is meN-/peN-
            // before a one-syllable root, written MG/PN in the flags.
            var prefixFits = prefix switch
            {
                'U' => p is 'M' or 'D',
                'G' => p is 'M' or 'P',
                { } pc => p == pc || (pc == 'P' && p == 'R'),
                null => char.IsLower(p),
            };
            if (prefix == 'G' && prefixFits && s is 'G' or 'N' or 'o') return 2;
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

    /// <summary>Roots reached by peeling prefixes: the outermost prefix's class, the depth, and the innermost special reading (U, E).</summary>
    private IEnumerable<(string Root, char Prefix, int Depth, char? Via)> PrefixRoots(string word, int depth, char? outer)
    {
        if (depth == 3) yield break;
        foreach (var (candidate, prefix) in PrefixCandidates(word))
        {
            if (candidate.Length < MinimumRootLength) continue;
            // bel-/pel- belong to one root only: belajar, pelajar, mempelajari (ajar).
            if (prefix is 'L' && !candidate.StartsWith("ajar", StringComparison.Ordinal)) continue;
            var first = outer ?? (prefix == 'L' ? (word[0] == 'b' ? 'B' : 'P') : prefix);
            char? via = prefix is 'U' or 'E' ? prefix : null;
            if (IsRoot(candidate)) yield return (candidate, first, depth, via);
            foreach (var deeper in PrefixRoots(candidate, depth + 1, first)) yield return deeper with { Via = deeper.Via ?? via };
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
    /// the prefix's class letter as hunspell-id writes it (D di-, K ke-, S se-, B ber-, T ter-, M meN-, P peN-/per-),
    /// or Warta's own: L bel-/pel-, U the proclitics ku-/kau-, G menge-/penge-, E a repeated first syllable.
    /// </summary>
    private static IEnumerable<(string Candidate, char Prefix)> PrefixCandidates(string w)
    {
        if (w.StartsWith("di", StringComparison.Ordinal)) yield return (w[2..], 'D');
        if (w.StartsWith("ke", StringComparison.Ordinal)) yield return (w[2..], 'K');
        if (w.StartsWith("se", StringComparison.Ordinal)) yield return (w[2..], 'S');
        if (w.StartsWith("ber", StringComparison.Ordinal)) yield return (w[3..], 'B');
        if (w.StartsWith("be", StringComparison.Ordinal)) yield return (w[2..], 'B');      // bekerja → kerja, berambut → rambut
        if (w.StartsWith("bel", StringComparison.Ordinal)) yield return (w[3..], 'L');     // belajar → ajar (only)
        if (w.StartsWith("ter", StringComparison.Ordinal)) yield return (w[3..], 'T');
        if (w.StartsWith("te", StringComparison.Ordinal)) yield return (w[2..], 'T');      // terasa → rasa
        foreach (var (candidate, monosyllable) in Nasal(w, "me")) yield return (candidate, monosyllable ? 'G' : 'M');
        foreach (var (candidate, monosyllable) in Nasal(w, "pe")) yield return (candidate, monosyllable ? 'G' : 'P');
        if (w.StartsWith("per", StringComparison.Ordinal)) yield return (w[3..], 'P');
        if (w.StartsWith("pel", StringComparison.Ordinal)) yield return (w[3..], 'L');     // pelajari → ajar (only)
        if (w.StartsWith("kau", StringComparison.Ordinal)) yield return (w[3..], 'U');     // kaulihat → lihat
        else if (w.StartsWith("ku", StringComparison.Ordinal)) yield return (w[2..], 'U'); // kubaca → baca
        // A repeated first syllable: leluhur → luhur, pepohonan → pohon, rerumputan → rumput.
        if (w.Length >= 6 && w[1] == 'e' && w[0] == w[2] && !IsVowel(w[0])) yield return (w[2..], 'E');
    }

    /// <summary>
    /// meN-/peN-: the nasal that replaced or joined the root's first sound. A root that itself begins with the nasal
    /// (nilai, nyanyi, nganga) comes before the one the nasal replaced (tilai, sanyi), so equal readings keep it;
    /// menge-/penge- before a one-syllable root is marked (true).
    /// </summary>
    private static IEnumerable<(string Root, bool Monosyllable)> Nasal(string w, string prefix)
    {
        if (!w.StartsWith(prefix, StringComparison.Ordinal) || w.Length < prefix.Length + 3) yield break;
        var rest = w[prefix.Length..];
        if (rest.StartsWith("ny", StringComparison.Ordinal) && IsVowel(rest[2]))
        {
            yield return (rest, false);                                          // menyanyi → nyanyi, menyala → nyala
            yield return ("s" + rest[2..], false);                               // menyapu → sapu
            yield return ("sy" + rest[2..], false);                              // penyair → syair
        }
        else if (rest.StartsWith("ng", StringComparison.Ordinal))
        {
            var after = rest[2..];
            if (after.Length > 0 && IsVowel(after[0]))
            {
                yield return (after, false);                                     // mengambil → ambil
                yield return ("k" + after, false);                               // mengirim → kirim
                yield return (rest, false);                                      // menganga → nganga, mengerikan → ngeri
            }
            else
            {
                yield return (after, false);                                     // menggali → gali, menghapus → hapus
            }
            if (after.StartsWith('e')) yield return (after[1..], true);          // mengebom → bom, mengecek → cek
        }
        else if (rest.StartsWith('m'))
        {
            var after = rest[1..];
            if (after.Length > 0 && IsVowel(after[0]))
            {
                yield return (rest, false);                                      // memakan → makan, memasak → masak
                yield return ("p" + after, false);                               // memukul → pukul
            }
            else
            {
                yield return (after, false);                                     // membaca → baca
            }
        }
        else if (rest.StartsWith('n'))
        {
            var after = rest[1..];
            if (after.Length > 0 && IsVowel(after[0]))
            {
                yield return (rest, false);                                      // menanti → nanti, menikah → nikah
                yield return ("t" + after, false);                               // menulis → tulis
            }
            else
            {
                yield return (after, false);                                     // mendengar → dengar
            }
        }
        else
        {
            yield return (rest, false);                                          // melihat → lihat, merasa → rasa
        }
    }
}
