using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Resources;

namespace Warta.Web.Navigation;

/// <summary>
/// Creates or changes a section, with the checks the newsroom's sections page and the REST API's categories share:
/// a name, a free and valid slug, a short description, and a parent that does not make a loop.
/// </summary>
public sealed class SaveSection(WartaDb db, IStringLocalizer<SharedResource> text)
{
    public sealed record Outcome(Section? Saved, IReadOnlyDictionary<string, string> Problems, bool Missing = false);

    /// <param name="id">Null for a new section.</param>
    public async Task<Outcome> RunAsync(int? id, string? name, string? slug, string? description, int position, int? parentId, CancellationToken ct = default)
    {
        var problems = new Dictionary<string, string>();
        name = name?.Trim() ?? "";
        slug = string.IsNullOrWhiteSpace(slug) ? Slug.From(name) : slug.Trim();
        if (name.Length is 0 or > 200) problems["name"] = text["FieldRequired", text["NrName"]];
        if (!Slug.IsValid(slug)) problems["slug"] = text["SlugInvalid", Slug.MaxLength];
        else if (await db.Sections.AnyAsync(s => s.Slug == slug && s.Id != id, ct)) problems["slug"] = text["SectionSlugTaken", slug];
        if ((description ?? "").Length > 1000) problems["description"] = text["FieldTooLong", text["SecDescription"], 1000];
        if (parentId is { } parent && id is { } self
            && SectionTree.WouldLoop(self, parent, await db.Sections.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.ParentId, ct)))
            problems["parent"] = text["SectionParentCycle"];
        else if (parentId is { } p && !await db.Sections.AnyAsync(s => s.Id == p, ct)) parentId = null;
        if (problems.Count > 0) return new Outcome(null, problems);

        var section = id is { } existing ? await db.Sections.SingleOrDefaultAsync(s => s.Id == existing, ct) : new Section { Name = name, Slug = slug };
        if (section is null) return new Outcome(null, problems, Missing: true);
        (section.Name, section.Slug, section.Description, section.Position, section.ParentId) =
            (name, slug, string.IsNullOrWhiteSpace(description) ? null : description.Trim(), position, parentId);
        if (id is null)
        {
            // As before the home layout existed: a new top-level section gets a block, after the others.
            if (parentId is null) section.HomeBlockPosition = (await db.Sections.MaxAsync(s => s.HomeBlockPosition, ct) ?? 0) + 1;
            db.Sections.Add(section);
        }
        await db.SaveChangesAsync(ct);
        return new Outcome(section, problems);
    }
}
