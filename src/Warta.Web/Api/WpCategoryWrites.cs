using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Navigation;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Api;

/// <summary>
/// Writing sections through <c>/wp/v2/categories</c> (create, update) for staff who manage sections and tags, with
/// the sections page's own checks (<see cref="SaveSection"/>) and their localized messages.
/// </summary>
public sealed class WpCategoryWrites(WartaDb db, SaveSection save, DeleteSection delete, CurrentStaff current, WpTerms terms)
{
    /// <summary>DELETE with <c>force=true</c>, as WordPress requires for terms; never a section that files a story.</summary>
    public async Task<IResult> DeleteAsync(HttpContext http, int id, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return WpError.Of("rest_cannot_delete", "Sorry, you are not allowed to delete this term.", 401);
        if (!staff.Can(Capability.ManageTaxonomy)) return WpError.Of("rest_cannot_delete", "Sorry, you are not allowed to delete this term.", 403);
        if (!await db.Sections.AnyAsync(s => s.Id == id, ct)) return WpError.InvalidId("term");
        if (Forced(http) is { } notForced) return notForced;
        var before = await terms.ShapeAsync(http, "category", id, ct);
        var outcome = await delete.RunAsync(id, ct);
        if (outcome.Missing) return WpError.InvalidId("term");
        if (outcome.Problem is { } problem) return WpError.Of("rest_cannot_delete", problem, 409);
        return WpShape.Json(new System.Text.Json.Nodes.JsonObject { ["deleted"] = true, ["previous"] = before });
    }

    /// <summary>WordPress's answer to a term DELETE without <c>force=true</c> (terms have no trash); null when forced.</summary>
    internal static IResult? Forced(HttpContext http) => WpListing.One(http.Request.Query, "force") is "true" or "1"
        ? null
        : WpError.Of("rest_trash_not_supported", "Terms do not support trashing. Set 'force=true' to delete.", 501);

    public Task<IResult> CreateAsync(HttpContext http, CancellationToken ct) => WriteAsync(http, null, ct);

    public Task<IResult> UpdateAsync(HttpContext http, int id, CancellationToken ct) => WriteAsync(http, id, ct);

    private async Task<IResult> WriteAsync(HttpContext http, int? id, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        var (code, message) = id is null
            ? ("rest_cannot_create", "Sorry, you are not allowed to create terms in this taxonomy.")
            : ("rest_cannot_update", "Sorry, you are not allowed to edit this term.");
        if (staff is null) return WpError.Of(code, message, 401);
        if (!staff.Can(Capability.ManageTaxonomy)) return WpError.Of(code, message, 403);
        var existing = id is { } wanted ? await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Id == wanted, ct) : null;
        if (id is not null && existing is null) return WpError.InvalidId("term");
        if (await WpInput.ReadAsync(http.Request, ct) is not { } input) return WpError.InvalidJson();
        var problems = new Dictionary<string, string>();
        var name = input.Text("name", problems) ?? existing?.Name;
        var slug = input.Text("slug", problems) ?? existing?.Slug;
        var description = input.Text("description", problems) ?? existing?.Description;
        var parent = input.Has("parent") ? input.Id("parent", problems) : existing?.ParentId;
        if (problems.Count > 0) return WpError.InvalidParameters(problems);

        var outcome = await save.RunAsync(id, name, slug, description, existing?.Position ?? 0, parent is 0 ? null : parent, ct);
        if (outcome.Missing) return WpError.InvalidId("term");
        if (outcome.Saved is not { } section) return WpError.InvalidParameters(outcome.Problems);
        var item = await terms.ShapeAsync(http, "category", section.Id, ct);
        if (id is not null) return WpShape.Json(item);
        return WpShape.Created(http, $"/wp/v2/categories/{section.Id}", item);
    }
}
