using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Articles;
using Warta.Web.Settings;

namespace Warta.Web.Api;

/// <summary>
/// Writing stories through <c>/wp/v2/posts</c> (create, update, trash) as the member of staff an application password
/// names, through the editor's own save (<see cref="SaveArticle"/>): the same checks, capabilities, workflow,
/// revision and audit entry as the back office, and the same change path to every cache and the search index.
/// </summary>
public sealed class WpPostWrites(WartaDb db, SaveArticle save, CurrentStaff current, SiteSettingsCache settings, TimeProvider clock, WpPosts posts)
{
    public Task<IResult> CreateAsync(HttpContext http, CancellationToken ct) => WriteAsync(http, null, ct);

    public Task<IResult> UpdateAsync(HttpContext http, int id, CancellationToken ct) => WriteAsync(http, id, ct);

    /// <summary>
    /// DELETE: to the trash, answered with the story as it now is. Warta keeps every story, so <c>force=true</c>
    /// (WordPress's permanent deletion) is refused; a story already in the trash answers 410 as in WordPress.
    /// </summary>
    public async Task<IResult> TrashAsync(HttpContext http, int id, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return WpError.Of("rest_cannot_delete", "Sorry, you are not allowed to delete this post.", 401);
        var existing = await LoadAsync(id, ct);
        if (existing is null) return WpError.InvalidId("post");
        if (!staff.CanEdit(existing) || !staff.CanPublish(existing) && existing.Status is ArticleStatus.Published or ArticleStatus.Scheduled)
            return WpError.Of("rest_cannot_delete", "Sorry, you are not allowed to delete this post.", 403);
        if (WpListing.One(http.Request.Query, "force") is "true" or "1")
            return WpError.Of("rest_trash_only", "Stories are moved to the trash, never deleted through the API.", 501);
        if (existing.Status == ArticleStatus.Trashed) return WpError.Of("rest_already_trashed", "The post has already been deleted.", 410);
        return await SaveAsync(http, id, ArticleForm.From(existing, settings.Current.Time.ToLocal), EditorAction.Trash, staff, ct);
    }

    private async Task<Article?> LoadAsync(int id, CancellationToken ct) =>
        await db.Articles.AsNoTracking().Include(a => a.Bylines).Include(a => a.Tags).SingleOrDefaultAsync(a => a.Id == id, ct);

    private async Task<IResult> WriteAsync(HttpContext http, int? id, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        var (code, message) = id is null
            ? ("rest_cannot_create", "Sorry, you are not allowed to create posts as this user.")
            : ("rest_cannot_edit", "Sorry, you are not allowed to edit this post.");
        if (staff is null) return WpError.Of(code, message, 401);
        Article? existing = null;
        if (id is { } wanted)
        {
            existing = await LoadAsync(wanted, ct);
            if (existing is null) return WpError.InvalidId("post");
            if (!staff.CanEdit(existing)) return WpError.Of(code, message, 403);
        }
        else if (!staff.Can(Capability.WriteDrafts)) return WpError.Of(code, message, 403);
        if (await WpInput.ReadAsync(http.Request, ct) is not { } input) return WpError.InvalidJson();

        var site = settings.Current;
        var problems = new Dictionary<string, string>();
        var form = existing is null
            ? new ArticleForm { SectionId = await db.Sections.OrderBy(s => s.Position).ThenBy(s => s.Id).Select(s => s.Id).FirstOrDefaultAsync(ct) }
            : ArticleForm.From(existing, site.Time.ToLocal);
        if (input.Text("title", problems) is { } title) form.Headline = HeadlineMarkup.Split(title).Plain;
        if (input.Text("content", problems) is { } content) (form.Body, form.Format) = (content, BodyFormat.Html);
        if (input.Text("excerpt", problems) is { } excerpt) form.Dek = HeadlineMarkup.Split(excerpt).Plain;
        if (input.Text("slug", problems) is { } slug) form.Slug = slug;
        if (input.Text("password", problems) is { } password) form.Password = password;
        if (input.Text("comment_status", problems) is { } comments)
        {
            if (comments is "open" or "closed") form.CommentsOpen = comments == "open";
            else problems["comment_status"] = "comment_status is not one of open, closed.";
        }
        if (input.Flag("sticky", problems) is { } sticky) form.IsPinned = sticky;
        if (input.Ids("categories", problems) is { } categories)
        {
            if (categories.Count > 1) problems["categories"] = "A story is filed under one section (category) in Warta.";
            else if (categories.Count == 1) form.SectionId = categories[0];
        }
        if (input.Ids("tags", problems) is { } tagIds)
        {
            var names = await db.Tags.AsNoTracking().Where(t => tagIds.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
            if (names.Count != tagIds.Distinct().Count()) problems["tags"] = "tags[0] is not a tag that exists.";
            else form.Tags = string.Join(", ", tagIds.Select(i => names.Single(n => n.Id == i).Name));
        }
        if (input.Id("author", problems) is { } author)
        {
            if (author != staff.AuthorId && !staff.Can(Capability.EditOthers))
                return WpError.Of("rest_cannot_edit_others", "Sorry, you are not allowed to update posts as this user.", 403);
            if (form.Credits.FirstOrDefault().AuthorId != author)
                (form.CreditAuthor, form.CreditRole) = ([author], [CreditRole.Penulis]);
        }
        if (input.Id("featured_media", problems) is { } mediaId)
        {
            if (mediaId == 0) (form.ImageUrl, form.ImageAlt, form.ImageCaption, form.ImageCredit) = (null, null, null, null);
            else if (await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mediaId, ct) is { } item)
                (form.ImageUrl, form.ImageAlt, form.ImageCaption, form.ImageCredit) = (item.Url, item.Alt, item.Caption, item.Credit);
            else problems["featured_media"] = "Invalid featured media ID.";
        }
        var when = When(input, site, problems);
        var action = Action(input.Text("status", problems), existing?.Status, when, site, problems, form);
        if (problems.Count > 0) return WpError.InvalidParameters(problems);
        return await SaveAsync(http, id, form, action, staff, ct);
    }

    private async Task<IResult> SaveAsync(HttpContext http, int? id, ArticleForm form, EditorAction action, StaffMember staff, CancellationToken ct)
    {
        var outcome = await save.RunAsync(id, form, action, staff, ct);
        if (outcome.Forbidden)
            return action is EditorAction.Publish or EditorAction.Schedule or EditorAction.Unpublish
                ? WpError.Of("rest_cannot_publish", "Sorry, you are not allowed to publish posts in this post type.", 403)
                : WpError.Of("rest_cannot_edit", "Sorry, you are not allowed to edit this post.", 403);
        if (outcome.Theirs is not null) return WpError.Of("rest_conflict", "The post was changed by someone else meanwhile; read it again.", 409);
        if (outcome.Problems.ContainsKey(SaveArticle.StorageProblem))
            return WpError.Of("rest_storage_unavailable", outcome.Problems[SaveArticle.StorageProblem], 503);
        if (outcome.Problems.TryGetValue(SaveArticle.ChecksProblem, out var blocked))
            return WpError.Of("warta_editorial_check", blocked, 400);
        if (outcome.Problems.Count > 0)
            return WpError.InvalidParameters(outcome.Problems.ToDictionary(p => Parameter(p.Key), p => p.Value));
        var saved = outcome.Saved!;
        var item = await posts.EditedAsync(http, saved.Id, staff, ct);
        if (id is not null) return WpShape.Json(item);
        return WpShape.Created(http, $"/wp/v2/posts/{saved.Id}", item);
    }

    /// <summary>The editor's field names as the API's parameters, so a client sees which of its fields was wrong.</summary>
    private static string Parameter(string field) => field switch
    {
        nameof(ArticleForm.Headline) => "title",
        nameof(ArticleForm.Body) => "content",
        nameof(ArticleForm.Dek) => "excerpt",
        nameof(ArticleForm.SectionId) => "categories",
        nameof(ArticleForm.Tags) => "tags",
        nameof(ArticleForm.ImageUrl) or nameof(ArticleForm.ImageAlt) or nameof(ArticleForm.ImageCaption) => "featured_media",
        nameof(ArticleForm.ScheduleAt) => "date",
        "Credits" => "author",
        _ => field.ToLowerInvariant(),
    };

    /// <summary><c>date</c> (the site's time) or <c>date_gmt</c>, as UTC; null when neither is given.</summary>
    private static DateTime? When(WpInput input, CurrentSite site, Dictionary<string, string> problems)
    {
        foreach (var (name, local) in new[] { ("date_gmt", false), ("date", true) })
        {
            if (input.Text(name, problems) is not { } text) continue;
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset) && HasOffset(text))
                return withOffset.UtcDateTime;
            if (DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                return local ? site.Time.ToUtc(at) : DateTime.SpecifyKind(at, DateTimeKind.Utc);
            problems[name] = "Invalid date.";
        }
        return null;
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.Length > 19 && (text[^6] is '+' or '-');

    /// <summary>WordPress's status as the editor's button that gets a story there from where it is.</summary>
    private EditorAction Action(string? status, ArticleStatus? now, DateTime? when, CurrentSite site, Dictionary<string, string> problems, ArticleForm form)
    {
        var future = when is { } w && w > clock.GetUtcNow().UtcDateTime;
        if (future) form.ScheduleAt = site.Time.ToLocal(when!.Value).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        switch (status)
        {
            case null:
                return now == ArticleStatus.Scheduled && future ? EditorAction.Schedule : EditorAction.Save;
            case "draft":
                return now switch
                {
                    ArticleStatus.Published or ArticleStatus.Scheduled => EditorAction.Unpublish,
                    ArticleStatus.Trashed => EditorAction.Restore,
                    _ => EditorAction.Save,
                };
            case "pending":
                return now == ArticleStatus.PendingReview ? EditorAction.Save : EditorAction.Submit;
            case "publish" or "future" when future:
                return EditorAction.Schedule;
            case "future":
                if (now == ArticleStatus.Scheduled) return EditorAction.Save;
                problems["date"] = "A scheduled post needs a date in the future.";
                return EditorAction.Save;
            case "publish":
                return now == ArticleStatus.Published ? EditorAction.Save : EditorAction.Publish;
            case "trash":
                return EditorAction.Trash;
            default:
                problems["status"] = "status is not one of publish, future, draft, pending, trash.";
                return EditorAction.Save;
        }
    }
}
