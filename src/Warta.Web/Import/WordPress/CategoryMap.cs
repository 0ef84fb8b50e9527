using System.Globalization;

namespace Warta.Web.Import.WordPress;

/// <summary>What a WordPress category becomes: a section (its own, or an existing one), a tag, or nothing.</summary>
public enum CategoryTarget { Section, Tag, Skip }

/// <summary>
/// The <c>--map</c> file of <c>import wordpress</c>: one line per category, <c>category-slug,section|tag|skip[,target-slug]</c>;
/// blank lines and lines starting with <c>#</c> are ignored. Without a target the category keeps its own slug. A
/// category the file does not name follows the default: it becomes a section if a story uses it.
/// <code>
/// # kategori WordPress, menjadi apa, slug tujuan (opsional)
/// berita-daerah,section,daerah
/// opini-pembaca,tag,opini
/// uncategorized,skip
/// </code>
/// </summary>
public sealed class CategoryMap
{
    private readonly Dictionary<string, (CategoryTarget Target, string Slug)> entries = new(StringComparer.OrdinalIgnoreCase);

    public static CategoryMap Default { get; } = new();

    public (CategoryTarget Target, string Slug) For(string categorySlug) =>
        entries.TryGetValue(categorySlug, out var entry) ? entry : (CategoryTarget.Section, categorySlug);

    public int Count => entries.Count;

    /// <summary>A map chosen on the import page's mapping step: one entry per category slug.</summary>
    public static CategoryMap From(IEnumerable<(string Slug, CategoryTarget Target, string Into)> choices)
    {
        var map = new CategoryMap();
        foreach (var (slug, target, into) in choices) map.entries[slug] = (target, into);
        return map;
    }

    /// <summary>Reads the file; every line that cannot be understood is reported with its number, and nothing is mapped then.</summary>
    public static CategoryMap Parse(TextReader reader, out IReadOnlyList<string> problems)
    {
        var map = new CategoryMap();
        var found = new List<string>();
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            var parts = text.Split(',', StringSplitOptions.TrimEntries);
            var slug = Articles.Slug.From(parts[0]);
            CategoryTarget? target = parts.Length > 1 ? parts[1].ToLowerInvariant() switch
            {
                "section" or "rubrik" => CategoryTarget.Section,
                "tag" => CategoryTarget.Tag,
                "skip" or "lewati" => CategoryTarget.Skip,
                _ => null,
            } : null;
            var into = parts.Length > 2 && parts[2].Length > 0 ? Articles.Slug.From(parts[2]) : slug;
            if (slug.Length == 0 || target is null || parts.Length > 3 || into.Length == 0)
                found.Add(string.Create(CultureInfo.InvariantCulture, $"line {number}: expected 'category-slug,section|tag|skip[,target-slug]', found '{text}'"));
            else if (!map.entries.TryAdd(slug, (target.Value, into)))
                found.Add(string.Create(CultureInfo.InvariantCulture, $"line {number}: category '{slug}' is mapped twice"));
        }
        problems = found;
        return found.Count == 0 ? map : Default;
    }
}
