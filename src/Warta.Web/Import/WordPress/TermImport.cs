using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Navigation;
using Warta.Web.Tags;

namespace Warta.Web.Import.WordPress;

/// <summary>Categories become sections (a child category a sub-section), tags become tags; both matched by slug.</summary>
public sealed class TermImport(ImportRun run)
{
    private readonly Dictionary<string, Section> sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tag> tags = new(StringComparer.Ordinal);
    private readonly List<(string Slug, string ParentSlug)> sectionParents = [];

    public async Task ImportAsync(WxrTerm term, CancellationToken ct)
    {
        switch (term.Taxonomy)
        {
            case "category":
                var section = await SectionAsync(term.Slug, term.Name, term.Description, ct);
                if (term.ParentSlug is { } parentSlug) sectionParents.Add((section.Slug, Slug.From(parentSlug)));
                break;
            case "post_tag":
                await TagAsync(term.Slug, term.Name, ct);
                break;
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

    /// <summary>Parents are known once everything is in: categories may name a parent defined after them.</summary>
    public async Task LinkSectionParentsAsync(CancellationToken ct)
    {
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
