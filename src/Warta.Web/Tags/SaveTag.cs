using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Resources;

namespace Warta.Web.Tags;

/// <summary>
/// Creates or renames a tag, with the checks the newsroom's tags page and the REST API's tags share: a name, and a
/// valid slug no other tag has (the slug is the tag's address).
/// </summary>
public sealed class SaveTag(WartaDb db, IStringLocalizer<SharedResource> text)
{
    public const int NameMaxLength = 200;

    /// <param name="Taken">The tag that already has the wanted slug, when that is the problem.</param>
    public sealed record Outcome(Tag? Saved, IReadOnlyDictionary<string, string> Problems, bool Missing = false, int? Taken = null);

    /// <param name="id">Null for a new tag.</param>
    public async Task<Outcome> RunAsync(int? id, string? name, string? slug, CancellationToken ct = default)
    {
        var problems = new Dictionary<string, string>();
        name = name?.Trim() ?? "";
        slug = string.IsNullOrWhiteSpace(slug) ? Slug.From(name) : slug.Trim();
        int? taken = null;
        if (name.Length is 0 or > NameMaxLength) problems["name"] = text["FieldRequired", text["NrName"]];
        if (!Slug.IsValid(slug)) problems["slug"] = text["SlugInvalid", Slug.MaxLength];
        else if (await db.Tags.Where(t => t.Slug == slug && t.Id != id).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct) is { } other)
        {
            taken = other;
            problems["slug"] = text["TagSlugTaken", slug];
        }
        if (problems.Count > 0) return new Outcome(null, problems, Taken: taken);

        var tag = id is { } existing ? await db.Tags.SingleOrDefaultAsync(t => t.Id == existing, ct) : new Tag { Name = name, Slug = slug };
        if (tag is null) return new Outcome(null, problems, Missing: true);
        (tag.Name, tag.Slug) = (name, slug);
        if (id is null) db.Tags.Add(tag);
        await db.SaveChangesAsync(ct);
        return new Outcome(tag, problems);
    }
}
