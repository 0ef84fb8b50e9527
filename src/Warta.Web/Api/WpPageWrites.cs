using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Import.WordPress;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.StaticPages;

namespace Warta.Web.Api;

/// <summary>
/// Writing static pages through <c>/wp/v2/pages</c> for staff who edit pages (the back office's rule), through the
/// page editor's own save (<see cref="SavePage"/>): the same checks, a revision for every save. Content arrives as
/// WordPress content and is read as the importer reads it (paragraphs, captions, embeds); it is sanitized when shown.
/// </summary>
public sealed class WpPageWrites(WartaDb db, SavePage save, DeletePage delete, CurrentStaff current, WpPages pages)
{
    public Task<IResult> CreateAsync(HttpContext http, CancellationToken ct) => WriteAsync(http, null, ct);

    public Task<IResult> UpdateAsync(HttpContext http, int id, CancellationToken ct) => WriteAsync(http, id, ct);

    /// <summary>
    /// DELETE: Warta's pages have no trash, so, as WordPress answers for a type without one, only <c>force=true</c>
    /// deletes, and only a page that is not published and has no pages under it (take it down first).
    /// </summary>
    public async Task<IResult> DeleteAsync(HttpContext http, int id, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return WpError.Of("rest_cannot_delete", "Sorry, you are not allowed to delete this post.", 401);
        if (!staff.Can(Capability.EditOthers)) return WpError.Of("rest_cannot_delete", "Sorry, you are not allowed to delete this post.", 403);
        if (!await db.Pages.AnyAsync(p => p.Id == id, ct)) return WpError.InvalidId("post");
        if (WpListing.One(http.Request.Query, "force") is not ("true" or "1"))
            return WpError.Of("rest_trash_not_supported", "Pages do not support trashing. Set 'force=true' to delete.", 501);
        var before = await pages.EditedAsync(http, id, ct);
        var outcome = await delete.RunAsync(id, staff, ct);
        if (outcome.Problem is { } problem) return WpError.Of("rest_cannot_delete", problem, 409);
        return WpShape.Json(new System.Text.Json.Nodes.JsonObject { ["deleted"] = true, ["previous"] = before });
    }

    private async Task<IResult> WriteAsync(HttpContext http, int? id, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        var (code, message) = id is null
            ? ("rest_cannot_create", "Sorry, you are not allowed to create posts as this user.")
            : ("rest_cannot_edit", "Sorry, you are not allowed to edit this post.");
        if (staff is null) return WpError.Of(code, message, 401);
        if (!staff.Can(Capability.EditOthers)) return WpError.Of(code, message, 403);
        var existing = id is { } wanted ? await db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == wanted, ct) : null;
        if (id is not null && existing is null) return WpError.InvalidId("post");
        if (await WpInput.ReadAsync(http.Request, ct) is not { } input) return WpError.InvalidJson();

        var problems = new Dictionary<string, string>();
        var title = input.Text("title", problems) ?? existing?.Title;
        var slug = input.Text("slug", problems) ?? existing?.Slug;
        var body = input.Text("content", problems) is { } content ? WordPressContent.Convert(content) : existing?.Body;
        var parent = input.Has("parent") ? input.Id("parent", problems) : existing?.ParentId;
        var published = existing?.IsPublished ?? false;
        switch (input.Text("status", problems))
        {
            case null: break;
            case "publish": published = true; break;
            case "draft": published = false; break;
            default: problems["status"] = "status is not one of publish, draft."; break;
        }
        if (problems.Count > 0) return WpError.InvalidParameters(problems);

        var outcome = await save.RunAsync(id, title, slug, parent is 0 ? null : parent, body, published, version: null, staff, ct);
        if (outcome.Missing) return WpError.InvalidId("post");
        if (outcome.Saved is not { } page) return WpError.InvalidParameters(outcome.Problems);
        var item = await pages.EditedAsync(http, page.Id, ct);
        if (id is not null) return WpShape.Json(item);
        return WpShape.Created(http, $"/wp/v2/pages/{page.Id}", item);
    }
}
