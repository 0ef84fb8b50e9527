namespace Warta.Web.Import.WordPress;

/// <summary>A category of the export and how many of its posts use it: one row of the import page's mapping step.</summary>
public sealed record CategoryUse(string Slug, string Name, int Stories);

/// <summary>
/// The categories an export's posts use, most used first, read before anything is imported so the newsroom can say
/// what each becomes (<see cref="CategoryMap"/>). Categories no post uses are left out: the default imports none of them.
/// </summary>
public static class CategorySurvey
{
    public static IReadOnlyList<CategoryUse> Take(string path)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        using var stream = File.OpenRead(path);
        foreach (var record in WxrReader.Read(stream))
        {
            if (record is WxrTerm { Taxonomy: "category" } term && term.Slug.Length > 0) names.TryAdd(term.Slug, term.Name);
            if (record is not WxrItem { PostType: "post" } item) continue;
            foreach (var category in item.Terms.Where(t => t.Domain == "category" && t.Slug.Length > 0).DistinctBy(t => t.Slug, StringComparer.OrdinalIgnoreCase))
            {
                counts[category.Slug] = counts.GetValueOrDefault(category.Slug) + 1;
                names.TryAdd(category.Slug, category.Name);
            }
        }
        return counts.Select(c => new CategoryUse(Articles.Slug.From(c.Key), names[c.Key], c.Value))
            .Where(c => c.Slug.Length > 0).DistinctBy(c => c.Slug)
            .OrderByDescending(c => c.Stories).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
    }
}
