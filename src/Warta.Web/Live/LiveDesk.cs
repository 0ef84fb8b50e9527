using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Articles;
using Warta.Web.Newsroom.Audit;
using Warta.Web.Resources;

namespace Warta.Web.Live;

/// <summary>
/// Everything the desk does to a story's live coverage, for whoever may publish the story (contributors may not):
/// switch it on and off, post, edit, withdraw and pin entries. Each entry is a row of its own, so two people posting
/// at once never overwrite each other; the story's <c>UpdatedAt</c> follows the latest change (its
/// <c>dateModified</c>), and the change path evicts its page, its entries' feed and what waiting readers poll.
/// </summary>
public sealed class LiveDesk(WartaDb db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public sealed record Outcome(LiveEntry? Saved, IReadOnlyDictionary<string, string> Problems, bool Missing = false, bool Forbidden = false)
    {
        public bool Succeeded => !Missing && !Forbidden && Problems.Count == 0;
    }

    private static readonly Dictionary<string, string> None = [];

    public async Task<Outcome> StartAsync(int articleId, StaffMember staff, CancellationToken ct = default) =>
        await OnStoryAsync(articleId, staff, article =>
        {
            if (article.IsLive) return;
            var now = Now;
            article.LiveSince ??= now;
            article.LiveUntil = null;
            Touch(article, now);
            audit.Record(staff.Id, staff.Name, AuditActions.LiveStarted, $"#{article.Id} {article.Headline}");
        }, ct);

    /// <summary>Back to a normal story: its entries stay below it, without the badge or waiting readers.</summary>
    public async Task<Outcome> EndAsync(int articleId, StaffMember staff, CancellationToken ct = default) =>
        await OnStoryAsync(articleId, staff, article =>
        {
            if (!article.IsLive) return;
            var now = Now;
            article.LiveUntil = now;
            Touch(article, now);
            audit.Record(staff.Id, staff.Name, AuditActions.LiveEnded, $"#{article.Id} {article.Headline}");
        }, ct);

    public async Task<Outcome> PostAsync(int articleId, string? headline, string? body, StaffMember staff, CancellationToken ct = default)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == articleId, ct);
        if (article is null) return new Outcome(null, None, Missing: true);
        if (!staff.CanPublish(article)) return new Outcome(null, None, Forbidden: true);
        var problems = Validate(ref headline, ref body);
        if (!article.IsLive) problems["live"] = text["LiveNotLive"];
        if (problems.Count > 0) return new Outcome(null, problems);
        var now = Now;
        var author = staff.AuthorId is { } authorId ? await db.Authors.AsNoTracking().Where(a => a.Id == authorId).Select(a => a.Initials).SingleOrDefaultAsync(ct) : null;
        var entry = new LiveEntry
        {
            ArticleId = articleId, Headline = headline, Body = body!, PublishedAt = now, ChangedAt = now, AuthorId = staff.Id,
            AuthorName = staff.Name, AuthorInitials = string.IsNullOrWhiteSpace(author) ? Initials(staff.Name) : author.Trim(),
        };
        db.LiveEntries.Add(entry);
        Touch(article, now);
        await db.SaveChangesAsync(ct);
        return new Outcome(entry, None);
    }

    public async Task<Outcome> EditAsync(int entryId, string? headline, string? body, StaffMember staff, CancellationToken ct = default) =>
        await OnEntryAsync(entryId, staff, (entry, article, problems) =>
        {
            var found = Validate(ref headline, ref body);
            foreach (var (key, value) in found) problems[key] = value;
            if (entry.WithdrawnAt is not null) problems["entry"] = text["LiveWithdrawnAlready"];
            if (problems.Count > 0 || (entry.Headline == headline && entry.Body == body)) return;
            var now = Now;
            (entry.Headline, entry.Body, entry.EditedAt, entry.ChangedAt) = (headline, body!, now, now);
            Touch(article, now);
        }, ct);

    public async Task<Outcome> WithdrawAsync(int entryId, StaffMember staff, CancellationToken ct = default) =>
        await OnEntryAsync(entryId, staff, (entry, article, _) =>
        {
            if (entry.WithdrawnAt is not null) return;
            var now = Now;
            (entry.WithdrawnAt, entry.PinnedAt, entry.ChangedAt) = (now, null, now);
            Touch(article, now);
            audit.Record(staff.Id, staff.Name, AuditActions.LiveEntryWithdrawn, $"#{article.Id} {article.Headline}", entry.Headline ?? PlainExcerpt.Of(entry.Body, 120, "…"));
        }, ct);

    /// <summary>Holds an entry among the key points above the stream ("Poin penting"), or lets it go.</summary>
    public async Task<Outcome> PinAsync(int entryId, bool pin, StaffMember staff, CancellationToken ct = default) =>
        await OnEntryAsync(entryId, staff, (entry, article, problems) =>
        {
            if (pin == entry.PinnedAt is not null) return;
            if (pin && entry.WithdrawnAt is not null) { problems["entry"] = text["LiveWithdrawnAlready"]; return; }
            if (pin && article.LiveEntries.Count(e => e.PinnedAt is not null) >= LiveEntry.MaxPinned)
            {
                problems["pin"] = text["LiveTooManyPins", LiveEntry.MaxPinned];
                return;
            }
            var now = Now;
            (entry.PinnedAt, entry.ChangedAt) = (pin ? now : null, now);
        }, ct);

    /// <summary>"Rina Andriani Siregar" → "RAS": what an entry shows when its author has no initials of their own.</summary>
    public static string Initials(string name)
    {
        var letters = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0])).Take(4).ToArray();
        return letters.Length == 0 ? "?" : new string(letters);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A published story changes when its coverage does: <c>dateModified</c> and the sitemap follow.</summary>
    private static void Touch(Article article, DateTime now)
    {
        if (article.Status == ArticleStatus.Published) article.UpdatedAt = now;
    }

    private Dictionary<string, string> Validate(ref string? headline, ref string? body)
    {
        var problems = new Dictionary<string, string>();
        headline = string.IsNullOrWhiteSpace(headline) ? null : headline.Trim();
        body = body?.Trim() ?? "";
        if (body.Length == 0) problems["body"] = text["FieldRequired", text["LiveEntryBody"]];
        else if (body.Length > LiveEntry.BodyMaxLength) problems["body"] = text["FieldTooLong", text["LiveEntryBody"], LiveEntry.BodyMaxLength];
        if (headline?.Length > LiveEntry.HeadlineMaxLength) problems["headline"] = text["FieldTooLong", text["LiveEntryHeadline"], LiveEntry.HeadlineMaxLength];
        return problems;
    }

    private async Task<Outcome> OnStoryAsync(int articleId, StaffMember staff, Action<Article> change, CancellationToken ct)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == articleId, ct);
        if (article is null) return new Outcome(null, None, Missing: true);
        if (!staff.CanPublish(article)) return new Outcome(null, None, Forbidden: true);
        change(article);
        await db.SaveChangesAsync(ct);
        return new Outcome(null, None);
    }

    private async Task<Outcome> OnEntryAsync(int entryId, StaffMember staff, Action<LiveEntry, Article, Dictionary<string, string>> change, CancellationToken ct)
    {
        var articleId = await db.LiveEntries.Where(e => e.Id == entryId).Select(e => (int?)e.ArticleId).SingleOrDefaultAsync(ct);
        if (articleId is null) return new Outcome(null, None, Missing: true);
        var article = await db.Articles.Include(a => a.LiveEntries).SingleAsync(a => a.Id == articleId, ct);
        if (!staff.CanPublish(article)) return new Outcome(null, None, Forbidden: true);
        var entry = article.LiveEntries.Single(e => e.Id == entryId);
        var problems = new Dictionary<string, string>();
        change(entry, article, problems);
        if (problems.Count > 0) return new Outcome(entry, problems);
        await db.SaveChangesAsync(ct);
        return new Outcome(entry, None);
    }
}
