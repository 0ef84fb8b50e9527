using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Tags;

namespace Warta.Web.Api;

/// <summary>
/// Writing tags through <c>/wp/v2/tags</c> (create, rename, delete) for staff who manage sections and tags, with the
/// tags page's own checks (<see cref="SaveTag"/>, <see cref="DeleteTag"/>). Writers still add tags to their stories
/// by name (a post's <c>tags</c> takes ids, so an app creates a missing one here first, as with WordPress).
/// </summary>
public sealed class WpTagWrites(WartaDb db, SaveTag save, DeleteTag delete, CurrentStaff current, WpTerms terms)
{
    public Task<IResult> CreateAsync(HttpContext http, CancellationToken ct) => WriteAsync(http, null, ct);

    public Task<IResult> UpdateAsync(HttpContext http, int id, CancellationToken ct) => WriteAsync(http, id, ct);

    /// <summary>DELETE with <c>force=true</c>, as WordPress requires for terms (they have no trash).</summary>
    public async Task<IResult> DeleteAsync(HttpContext http, int id, CancellationToken ct)
    {
        if (await AllowedAsync("rest_cannot_delete", "Sorry, you are not allowed to delete this term.") is { } refused) return refused;
        if (!await db.Tags.AnyAsync(t => t.Id == id, ct)) return WpError.InvalidId("term");
        if (WpCategoryWrites.Forced(http) is { } notForced) return notForced;
        var before = await terms.ShapeAsync(http, "post_tag", id, ct);
        await delete.RunAsync(id, ct);
        return WpShape.Json(new JsonObject { ["deleted"] = true, ["previous"] = before });
    }

    private async Task<IResult?> AllowedAsync(string code, string message)
    {
        var staff = await current.GetAsync();
        if (staff is null) return WpError.Of(code, message, 401);
        return staff.Can(Capability.ManageTaxonomy) ? null : WpError.Of(code, message, 403);
    }

    private async Task<IResult> WriteAsync(HttpContext http, int? id, CancellationToken ct)
    {
        var refused = id is null
            ? await AllowedAsync("rest_cannot_create", "Sorry, you are not allowed to create terms in this taxonomy.")
            : await AllowedAsync("rest_cannot_update", "Sorry, you are not allowed to edit this term.");
        if (refused is not null) return refused;
        var existing = id is { } wanted ? await db.Tags.AsNoTracking().SingleOrDefaultAsync(t => t.Id == wanted, ct) : null;
        if (id is not null && existing is null) return WpError.InvalidId("term");
        if (await WpInput.ReadAsync(http.Request, ct) is not { } input) return WpError.InvalidJson();
        var problems = new Dictionary<string, string>();
        var name = input.Text("name", problems) ?? existing?.Name;
        var slug = input.Text("slug", problems) ?? existing?.Slug;
        if (input.Text("description", problems) is { Length: > 0 }) problems["description"] = "Tags carry no description in Warta.";
        if (problems.Count > 0) return WpError.InvalidParameters(problems);

        var outcome = await save.RunAsync(id, name, slug, ct);
        if (outcome.Missing) return WpError.InvalidId("term");
        if (outcome.Taken is { } taken)
            return WpError.Of("term_exists", outcome.Problems["slug"], 400, new { term_id = taken });
        if (outcome.Saved is not { } tag) return WpError.InvalidParameters(outcome.Problems);
        var item = await terms.ShapeAsync(http, "post_tag", tag.Id, ct);
        if (id is not null) return WpShape.Json(item);
        return WpShape.Created(http, $"/wp/v2/tags/{tag.Id}", item);
    }
}
