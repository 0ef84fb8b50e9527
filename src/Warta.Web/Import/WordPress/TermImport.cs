using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Navigation;
using Warta.Web.Tags;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// Categories become what the category map says (<see cref="CategoryMap"/>; by default a section of their own, a
/// child category a sub-section), and only once a story uses them: an archive's dozens of empty categories do not
/// become dozens of sections. Tags become tags. Both are matched by slug.
/// </summary>
public sealed class TermImport(ImportRun run, CategoryMap map)
{
    private readonly Dictionary<string, Section> sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tag> tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WxrTerm> categories = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedCategories = new(StringComparer.Ordinal);

    public async Task ImportAsync(WxrTerm term, CancellationToken ct)
    {
        switch (term.Taxonomy)
        {
            case "category":
                categories[Slug.From(term.Slug.Length > 0 ? term.Slug : term.Name)] = term;
                break;
            case "post_tag":
                await TagAsync(term.Slug, term.Name, ct);
                break;
        }
    }

    /// <summary>What a story's category gives it: a section, a tag, or (mapped to skip) nothing.</summary>
    public async Task<(Section? Section, Tag? Tag)> CategoryAsync(WxrItemTerm term, CancellationToken ct)
    {
        var slug = Slug.From(term.Slug.Length > 0 ? term.Slug : term.Name);
        var defined = categories.GetValueOrDefault(slug);
        var name = defined?.Name is { Length: > 0 } n ? n : term.Name;
        switch (map.For(slug))
        {
            case (CategoryTarget.Tag, var tag):
                return (null, await TagAsync(tag, tag == slug ? name : "", ct));
            case (CategoryTarget.Skip, _):
                return (null, null);
            case (_, var into) when into != slug:
                return (await SectionAsync(into, name, null, ct), null);
            default:
                usedCategories.Add(slug);
                return (await SectionAsync(slug, name, defined?.Description, ct), null);
        }
    }

    public async Task<Section> SectionAsync(string slug, string name, string? description, CancellationToken ct)
    {
        var db = run.Db;
        slug = Slug.From(slug.Length > 0 ? slug : name);
        if (sections.TryGetValue(slug, out var known)) return known;
        var section = await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (section is null)
        {
            section = new Section { Slug = slug, Name = name.Length > 0 ? name : slug, Description = description, Position = 100 };
            db.Sections.Add(section);
            await db.SaveChangesAsync(ct);
            db.Entry(section).State = EntityState.Detached;
            run.Summary.Sections++;
        }
        return sections[slug] = section;
    }

    public async Task<Tag> TagAsync(string slug, string name, CancellationToken ct)
    {
        var db = run.Db;
        slug = Slug.From(slug.Length > 0 ? slug : name);
        if (tags.TryGetValue(slug, out var known))
        {
            if (db.Tags.Local.FindEntry(known.Id) is { } tracked) return tracked.Entity;
            // The change tracker was cleared since: attach a fresh copy, never the old instance, whose list of
            // articles would drag every earlier batch back into the tracker.
            var copy = new Tag { Id = known.Id, Slug = known.Slug, Name = known.Name };
            db.Tags.Attach(copy);
            return tags[slug] = copy;
        }
        var tag = await db.Tags.SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (tag is null)
        {
            tag = new Tag { Slug = slug, Name = name.Length > 0 ? name : slug };
            db.Tags.Add(tag);
            // Saved at once, so the cache of tags by slug only ever holds real ids.
            await db.SaveChangesAsync(ct);
            run.Summary.Tags++;
        }
        return tags[slug] = tag;
    }

    /// <summary>
    /// Parents are known once everything is in: categories may name a parent defined after them. A used category's
    /// parents become sections too, so the hierarchy (and the parent's page listing its children's stories) holds.
    /// </summary>
    public async Task LinkSectionParentsAsync(CancellationToken ct)
    {
        var sectionParents = new List<(string Slug, string ParentSlug)>();
        var pending = new Queue<string>(usedCategories);
        while (pending.TryDequeue(out var slug))
        {
            if (categories.GetValueOrDefault(slug)?.ParentSlug is not { } parent) continue;
            var parentSlug = Slug.From(parent);
            if (map.For(parentSlug) is not (CategoryTarget.Section, var into) || into != parentSlug) continue;
            sectionParents.Add((slug, parentSlug));
            var parentName = categories.GetValueOrDefault(parentSlug)?.Name is { Length: > 0 } pn ? pn : parentSlug;
            await SectionAsync(parentSlug, parentName, categories.GetValueOrDefault(parentSlug)?.Description, ct);
            if (usedCategories.Add(parentSlug)) pending.Enqueue(parentSlug);
        }
        if (sectionParents.Count == 0) return;
        var db = run.Db;
        var all = await db.Sections.ToDictionaryAsync(s => s.Slug, ct);
        var parents = all.Values.ToDictionary(s => s.Id, s => s.ParentId);
        foreach (var (slug, parentSlug) in sectionParents)
            if (all.TryGetValue(slug, out var child) && all.TryGetValue(parentSlug, out var parent) && !SectionTree.WouldLoop(child.Id, parent.Id, parents))
                parents[child.Id] = child.ParentId = parent.Id;
        await db.SaveChangesAsync(ct);
    }
}
