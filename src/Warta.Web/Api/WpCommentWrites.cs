using Microsoft.EntityFrameworkCore;
using Warta.Web.Comments;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Settings;

namespace Warta.Web.Api;

/// <summary>
/// Writing comments through <c>/wp/v2/comments</c>: staff reply with an application password through the comment
/// form's own rules (<see cref="PostComment"/>: open discussion, length, duplicates, moderation), and staff who
/// moderate approve, hold, mark as spam, edit or trash, as in the newsroom's queue. Readers comment through the API
/// only where the site allows it (Settings → discussion; off by default, as in WordPress), by the same rules, held or
/// approved as the form's comments are, and rate-limited per address like the form.
/// </summary>
public sealed class WpCommentWrites(WartaDb db, PostComment post, CurrentStaff current, WpComments comments, SiteSettingsCache settings)
{
    public async Task<IResult> CreateAsync(HttpContext http, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null && !settings.Current.Discussion.ThroughApi)
            return WpError.Of("rest_comment_login_required", "Sorry, you must be logged in to comment.", 401);
        if (await WpInput.ReadAsync(http.Request, ct) is not { } input) return WpError.InvalidJson();
        var problems = new Dictionary<string, string>();
        var postId = input.Id("post", problems);
        var parent = input.Id("parent", problems);
        var form = new CommentForm
        {
            Comment = input.Text("content", problems),
            ParentId = parent is null or 0 ? null : parent,
            // A reader names themselves; staff are who their password says.
            Author = staff is null ? input.Text("author_name", problems) : null,
            Email = staff is null ? input.Text("author_email", problems) : null,
            Url = staff is null ? input.Text("author_url", problems) : null,
        };
        if (postId is null or 0) problems["post"] = "Sorry, you are not allowed to create this comment without a post.";
        if (problems.Count > 0) return WpError.InvalidParameters(problems);

        var outcome = await post.RunAsync(postId!.Value, form, http, staff, ct, throughApi: true);
        if (outcome.Saved is { } saved)
            return WpShape.Created(http, $"/wp/v2/comments/{saved.Id}", await comments.ShapeAsync(http, saved.Id, ct));
        var message = outcome.Problems.Values.FirstOrDefault() ?? "";
        return outcome.StatusCode switch
        {
            StatusCodes.Status404NotFound => WpError.Of("rest_comment_invalid_post_id", "Sorry, you are not allowed to create this comment without a post.", 403),
            StatusCodes.Status403Forbidden => WpError.Of("rest_comment_closed", message, 403),
            StatusCodes.Status409Conflict => WpError.Of("comment_duplicate", message, 409),
            StatusCodes.Status429TooManyRequests => WpError.Of("comment_flood", message, 429),
            StatusCodes.Status503ServiceUnavailable => WpError.Of("rest_storage_unavailable", message, 503),
            _ => WpError.InvalidParameters(outcome.Problems.ToDictionary(p => p.Key switch
            {
                "Comment" => "content", "ParentId" => "parent", "Author" => "author_name", "Email" => "author_email", "Url" => "author_url",
                var k => k.ToLowerInvariant(),
            }, p => p.Value)),
        };
    }

    /// <summary>POST/PUT/PATCH on one comment: <c>status</c> and <c>content</c>, for staff who moderate.</summary>
    public async Task<IResult> UpdateAsync(HttpContext http, int id, CancellationToken ct)
    {
        if (await ModeratorAsync("rest_cannot_edit", "Sorry, you are not allowed to edit this comment.") is { } refusal) return refusal;
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == id && c.Kind == CommentKind.Comment, ct);
        if (comment is null) return WpError.InvalidId("comment");
        if (await WpInput.ReadAsync(http.Request, ct) is not { } input) return WpError.InvalidJson();
        var problems = new Dictionary<string, string>();
        var status = input.Text("status", problems);
        var content = input.Text("content", problems);
        CommentStatus? to = null;
        if (status is not null && (to = WpCommentStatus.Parse(status)) is null) problems["status"] = "status is not one of approved, hold, spam, trash.";
        if (content is not null && (content.Trim().Length == 0 || content.Length > Comment.TextMaxLength)) problems["content"] = "Invalid comment content.";
        if (comment.ErasedAt is not null && content is not null) problems["content"] = "An erased comment keeps no words.";
        if (problems.Count > 0) return WpError.InvalidParameters(problems);
        if (to is { } state) comment.Status = state;
        if (content is not null) comment.Text = content.Trim();
        await db.SaveChangesAsync(ct);
        return WpShape.Json(await comments.ShapeAsync(http, id, ct));
    }

    /// <summary>DELETE: to the trash, for staff who moderate; <c>force=true</c> answers 501 (erasing is the newsroom's privacy tool).</summary>
    public async Task<IResult> TrashAsync(HttpContext http, int id, CancellationToken ct)
    {
        if (await ModeratorAsync("rest_cannot_delete", "Sorry, you are not allowed to delete this comment.") is { } refusal) return refusal;
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == id && c.Kind == CommentKind.Comment, ct);
        if (comment is null) return WpError.InvalidId("comment");
        if (WpListing.One(http.Request.Query, "force") is "true" or "1")
            return WpError.Of("rest_trash_only", "Comments are moved to the trash, never deleted through the API.", 501);
        if (comment.Status == CommentStatus.Trash) return WpError.Of("rest_already_trashed", "The comment has already been trashed.", 410);
        comment.Status = CommentStatus.Trash;
        await db.SaveChangesAsync(ct);
        return WpShape.Json(await comments.ShapeAsync(http, id, ct));
    }

    private async Task<IResult?> ModeratorAsync(string code, string message)
    {
        var staff = await current.GetAsync();
        if (staff is null) return WpError.Of(code, message, 401);
        return staff.Can(Capability.ModerateComments) ? null : WpError.Of(code, message, 403);
    }
}
