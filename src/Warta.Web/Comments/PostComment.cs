using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Resources;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Comments;

/// <summary>
/// Takes a reader's comment through WordPress's rules (required fields, length limits, flood control, duplicates,
/// link count, moderation and disallowed words, earlier approval) and Warta's own defences (honeypot, minimum time
/// to post), then saves it. The answer is given only after the comment is on disk.
/// </summary>
public sealed class PostComment(
    WartaDb db, SiteSettingsCache settings, FormTimer timer, IOptions<CommentOptions> options, TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    /// <param name="throughApi">
    /// From the REST API, which has no form to time: the minimum time to post does not apply (the route is off unless
    /// the site allows it, and rate-limited like the form); every other rule does.
    /// </param>
    public async Task<PostOutcome> RunAsync(int articleId, CommentForm form, HttpContext http, StaffMember? staff, CancellationToken ct, bool throughApi = false)
    {
        var rules = settings.Current.Discussion;
        var now = clock.GetUtcNow().UtcDateTime;
        var article = await db.Articles.ReachableAt(now).Where(a => a.Id == articleId)
            .Select(a => new { a.Id, a.CommentsOpen, a.PublishedAt, Authors = a.Bylines.Select(b => b.AuthorId).ToList() }).SingleOrDefaultAsync(ct);
        if (article is null) return PostOutcome.Refused(StatusCodes.Status404NotFound, "Comment", text["CmClosed"]);
        if (!CommentRules.IsOpen(article.CommentsOpen, article.PublishedAt!.Value, rules, now))
            return PostOutcome.Refused(StatusCodes.Status403Forbidden, "Comment", text["CmClosed"]);

        var isStaff = staff is not null;
        var name = (isStaff ? staff!.Name : form.Author)?.Trim() ?? "";
        var email = form.Email?.Trim() ?? "";
        var url = string.IsNullOrWhiteSpace(form.Url) ? null : form.Url.Trim();
        var body = form.Comment?.Trim() ?? "";

        var problems = new Dictionary<string, string>();
        if (body.Length == 0) problems["Comment"] = text["CmTextRequired"];
        else if (body.Length > Comment.TextMaxLength) problems["Comment"] = text["CmTooLong", text["CmText"], Comment.TextMaxLength];
        if (!isStaff && rules.NameEmailRequired && name.Length == 0) problems["Author"] = text["CmNameRequired"];
        if (name.Length > Comment.NameMaxLength) problems["Author"] = text["CmTooLong", text["CmName"], Comment.NameMaxLength];
        if (!isStaff && (rules.NameEmailRequired || email.Length > 0) && !IsEmail(email)) problems["Email"] = text["CmEmailInvalid"];
        if (email.Length > Comment.EmailMaxLength) problems["Email"] = text["CmTooLong", "Email", Comment.EmailMaxLength];
        if (url is not null && (url.Length > Comment.UrlMaxLength || !Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")))
            problems["Url"] = text["CmUrlInvalid", Comment.UrlMaxLength];
        if (problems.Count > 0) return new PostOutcome(null, StatusCodes.Status422UnprocessableEntity, problems);

        var seconds = timer.SecondsSince(form.Token, articleId);
        if (!isStaff && !throughApi && (seconds is null || seconds < options.Value.MinSecondsToPost))
            return PostOutcome.Refused(StatusCodes.Status400BadRequest, "Comment", text["CmTooFast"]);

        var (parentId, depth) = (form.ParentId, 0);
        if (parentId is { } pid)
        {
            var parent = await db.Comments.AsNoTracking().Where(c => c.Id == pid && c.ArticleId == articleId && c.Status == CommentStatus.Approved && c.Kind == CommentKind.Comment)
                .Select(c => new { c.Depth }).SingleOrDefaultAsync(ct);
            if (parent is null) return PostOutcome.Refused(StatusCodes.Status422UnprocessableEntity, "Comment", text["CmParentGone"]);
            depth = Math.Min(parent.Depth + 1, rules.ThreadDepth - 1);
        }

        var ip = http.Connection.RemoteIpAddress?.ToString();
        if (!isStaff && options.Value.FloodSeconds > 0)
        {
            var since = now.AddSeconds(-options.Value.FloodSeconds);
            if (await db.Comments.AnyAsync(c => c.CreatedAt >= since && ((ip != null && c.AuthorIp == ip) || (email != "" && c.AuthorEmail == email)), ct))
                return PostOutcome.Refused(StatusCodes.Status429TooManyRequests, "Comment", text.Count("CmFlood", options.Value.FloodSeconds));
        }
        if (await db.Comments.AnyAsync(c => c.ArticleId == articleId && c.ParentId == parentId && c.AuthorName == name
                && c.AuthorEmail == (email == "" ? null : email) && c.Text == body, ct))
            return PostOutcome.Refused(StatusCodes.Status409Conflict, "Comment", text["CmDuplicate"]);

        var comment = new Comment
        {
            ArticleId = articleId, ParentId = parentId, Depth = depth, AuthorName = name, AuthorEmail = email == "" ? null : email,
            AuthorUrl = url, AuthorIp = ip, UserAgent = Truncate(http.Request.Headers.UserAgent.ToString(), 500), Text = body,
            CreatedAt = now, UserId = staff?.Id,
        };
        comment.Status = await DecideAsync(comment, form, staff, article.Authors, rules, ct);
        db.Comments.Add(comment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (Data.StorageFailure.Is(e))
        {
            // The form comes back with the reader's words in it; nothing was half-written (one transaction).
            db.ChangeTracker.Clear();
            return PostOutcome.Refused(StatusCodes.Status503ServiceUnavailable, "", text["StorageUnavailable"]);
        }
        return PostOutcome.Accepted(comment);
    }

    private async Task<CommentStatus> DecideAsync(Comment comment, CommentForm form, StaffMember? staff, List<int> articleAuthors, DiscussionSettings rules, CancellationToken ct)
    {
        // Staff who moderate, and the story's own writers, are not moderated.
        if (staff is not null && (staff.Can(Capability.ModerateComments) || (staff.AuthorId is { } a && articleAuthors.Contains(a))))
            return CommentStatus.Approved;
        if (!string.IsNullOrEmpty(form.Alamat)) return CommentStatus.Spam;

        var haystack = string.Join('\n', comment.AuthorName, comment.AuthorEmail, comment.AuthorUrl, comment.Text, comment.AuthorIp, comment.UserAgent);
        if (CommentRules.MatchesAny(haystack, rules.DisallowedWords)) return CommentStatus.Trash;

        if (rules.ManualApproval) return CommentStatus.Pending;
        if (CommentRules.MatchesAny(haystack, rules.ModerationWords)) return CommentStatus.Pending;
        if (rules.MaxLinks > 0 && CommentRules.CountLinks(comment.Text ?? "") >= rules.MaxLinks) return CommentStatus.Pending;
        if (rules.PreviouslyApproved)
        {
            var known = await db.Comments.AnyAsync(c => c.Status == CommentStatus.Approved && c.AuthorName == comment.AuthorName && c.AuthorEmail == comment.AuthorEmail, ct);
            return known ? CommentStatus.Approved : CommentStatus.Pending;
        }
        return CommentStatus.Approved;
    }

    private static bool IsEmail(string email) =>
        email.Length > 3 && MailAddress.TryCreate(email, out var address) && address.Address == email && email.Contains('.', StringComparison.Ordinal);

    private static string? Truncate(string value, int length) => value.Length == 0 ? null : value.Length <= length ? value : value[..length];
}
