using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Resources;

namespace Warta.Web.StaticPages;

/// <summary>
/// Creates or changes a static page, with the checks the newsroom's page editor and the REST API's pages share: a
/// title, a free slug that is no reader route, a parent one level up at most, a body within bounds, and no save over
/// someone else's. Every save is a revision.
/// </summary>
public sealed class SavePage(WartaDb db, ReservedSlugs reserved, IStringLocalizer<SharedResource> text, TimeProvider clock)
{
    public sealed record Outcome(StaticPage? Saved, IReadOnlyDictionary<string, string> Problems, bool Missing = false, bool Conflict = false);

    /// <param name="id">Null for a new page.</param>
    /// <param name="version">The version the writer started from; null when the caller does not track one (the API).</param>
    public async Task<Outcome> RunAsync(int? id, string? title, string? slug, int? parentId, string? body, bool published, int? version,
        StaffMember staff, CancellationToken ct = default)
    {
        var problems = new Dictionary<string, string>();
        title = title?.Trim() ?? "";
        slug = string.IsNullOrWhiteSpace(slug) ? Slug.From(title) : slug.Trim();
        if (title.Length is 0 or > StaticPage.TitleMaxLength) problems["title"] = text["FieldRequired", text["PgPageTitle"]];
        if (!Slug.IsValid(slug) || (parentId is null && reserved.Contains(slug)) || slug.All(char.IsAsciiDigit))
            problems["slug"] = text["PgSlugReserved", slug];
        else if (await db.Pages.AnyAsync(p => p.Slug == slug && p.ParentId == parentId && p.Id != id, ct)) problems["slug"] = text["SlugTaken", slug];
        if (parentId is { } parent && (parent == id || !await db.Pages.AnyAsync(p => p.Id == parent && p.ParentId == null, ct)))
            problems["parent"] = text["PgParentInvalid"];
        if ((body ?? "").Length > Article.BodyMaxLength) problems["content"] = text["FieldTooLong", text["EdBody"], Article.BodyMaxLength];

        var now = clock.GetUtcNow().UtcDateTime;
        var page = id is { } existing ? await db.Pages.SingleOrDefaultAsync(p => p.Id == existing, ct) : new StaticPage { Slug = slug, Title = title, CreatedAt = now };
        if (page is null) return new Outcome(null, problems, Missing: true);
        if (id is not null && version is { } started && page.Version != started)
        {
            problems["version"] = text["EdConflictText"];
            return new Outcome(null, problems, Conflict: true);
        }
        if (problems.Count > 0) return new Outcome(null, problems);

        (page.Title, page.Slug, page.ParentId, page.Body, page.IsPublished, page.UpdatedAt) = (title, slug, parentId, body ?? "", published, now);
        page.Version++;
        if (id is null) db.Pages.Add(page);
        await db.SaveChangesAsync(ct);
        db.PageRevisions.Add(new PageRevision { PageId = page.Id, SavedAt = now, SavedByName = staff.Name, Title = page.Title, Body = page.Body });
        await db.SaveChangesAsync(ct);
        return new Outcome(page, problems);
    }
}
