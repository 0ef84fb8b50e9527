using System.Text;

namespace Warta.Web.Search.Indonesian;

/// <summary>
/// Indonesian root words, read at run time from Debian's hunspell-id dictionary (LGPL-3, about 31,000 roots) where
/// the package installed it. Never copied into the repository. Empty when absent: the stemmer then falls back to
/// Lucene's light stemmer.
/// </summary>
public sealed class RootWords
{
    public const string DebianPath = "/usr/share/hunspell/id_ID.dic";

    private readonly Dictionary<string, string> roots;

    private RootWords(Dictionary<string, string> roots, string? source)
    {
        this.roots = roots;
        Source = source;
    }

    public static RootWords Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), null);

    /// <summary>Where the roots came from, or null when there is no dictionary.</summary>
    public string? Source { get; }

    public int Count => roots.Count;
    public bool IsAvailable => roots.Count > 0;

    public bool Contains(string word) => roots.ContainsKey(word);

    /// <summary>
    /// The root's hunspell affix flags (two characters each: an upper-case prefix class such as M for meN-,
    /// then 0 or a suffix class such as k for -kan), or "" for a root that takes no affixes.
    /// </summary>
    public string FlagsOf(string root) => roots.GetValueOrDefault(root, "");

    public static RootWords Load(string? path = DebianPath)
    {
        if (path is null || !File.Exists(path)) return Empty;
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        // hunspell-id declares "SET ISO8859-1"; the first line is the entry count.
        foreach (var line in File.ReadLines(path, Encoding.Latin1).Skip(1))
        {
            var slash = line.IndexOf('/', StringComparison.Ordinal);
            var word = (slash < 0 ? line : line[..slash]).Trim();
            var flags = slash < 0 ? "" : line[(slash + 1)..].Trim();
            // Proper nouns (capitalised entries) are not roots of common words; abbreviations are not either.
            if (word.Length == 0 || char.IsUpper(word[0]) || word.Contains('.', StringComparison.Ordinal)) continue;
            roots[word.ToLowerInvariant()] = flags;
        }
        return new RootWords(roots, path);
    }

    /// <summary>For tests and tools: a dictionary of exactly these roots.</summary>
    public static RootWords Of(IEnumerable<string> words) =>
        new(words.ToDictionary(w => w, _ => "", StringComparer.Ordinal), "(given)");
}
