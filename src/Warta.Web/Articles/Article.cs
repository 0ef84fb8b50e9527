using Warta.Web.Navigation;
using Warta.Web.Tags;

namespace Warta.Web.Articles;

public class Article
{
    public const int HeadlineMaxLength = 300;
    public const int DekMaxLength = 500;

    public int Id { get; set; }
    public required string Slug { get; set; }
    /// <summary>Plain text, wherever the headline appears: page titles, lists, feeds, metadata.</summary>
    public required string Headline { get; set; }

    /// <summary>
    /// The headline with its inline emphasis (em, i, strong, b, sup, sub only), when it has any: imported WordPress
    /// titles carry it. Shown as the story page's heading; sanitized to that allow-list when it is rendered.
    /// </summary>
    public string? HeadlineHtml { get; set; }
    public string? Dek { get; set; }
    public string Body { get; set; } = "";
    public BodyFormat BodyFormat { get; set; }

    /// <summary>BCP 47 language of the text ("id", "en"), set as <c>lang</c> on the page.</summary>
    public string Language { get; set; } = "id";

    /// <summary>City the story was filed from, shown before the first paragraph ("Jakarta –").</summary>
    public string? Dateline { get; set; }

    public int SectionId { get; set; }
    public Section Section { get; set; } = null!;

    public ArticleStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }

    /// <summary>Last edit after publication; readers see it as "Diperbarui".</summary>
    public DateTime? UpdatedAt { get; set; }

    /// <summary>For search engines and shares; the dek is used when empty.</summary>
    public string? MetaDescription { get; set; }

    public string? FeaturedImageUrl { get; set; }
    public string? FeaturedImageAlt { get; set; }
    public string? FeaturedImageCaption { get; set; }
    public string? FeaturedImageCredit { get; set; }

    /// <summary>The staff account that created the article (null for imports and demo content).</summary>
    public int? CreatedById { get; set; }

    /// <summary>The post's id on the WordPress site it was imported from: re-imports update instead of duplicating.</summary>
    public int? WordPressId { get; set; }

    /// <summary>Raised on every save; two people editing the same version get a conflict, never a silent overwrite.</summary>
    public int Version { get; set; }

    public List<Byline> Bylines { get; set; } = [];
    public List<Tag> Tags { get; set; } = [];
    public List<ArticleRedirect> Redirects { get; set; } = [];

    /// <summary>Published corrections and right-of-reply notes, oldest first.</summary>
    public List<Corrections.Correction> Corrections { get; set; } = [];

    /// <summary>The editorial checks' findings an editor dismissed, with the reasons (JSON; see <see cref="Checks.CheckDismissal"/>).</summary>
    public string? CheckNotes { get; set; }
    public List<Comments.Comment> Comments { get; set; } = [];

    /// <summary>When the story became live coverage ("Liputan langsung"); null for a story that never was.</summary>
    public DateTime? LiveSince { get; set; }

    /// <summary>When its live coverage ended: the story reads as a normal one again, its entries kept below it.</summary>
    public DateTime? LiveUntil { get; set; }

    /// <summary>Live coverage entries, newest first on the page.</summary>
    public List<Live.LiveEntry> LiveEntries { get; set; } = [];

    public bool IsLive => LiveSince is not null && LiveUntil is null;

    /// <summary>Editors can close one story's comments; the site can close them all after a number of days.</summary>
    public bool CommentsOpen { get; set; } = true;

    /// <summary>
    /// Held at the top of the home page as its headline while newer stories arrive (WordPress's "sticky");
    /// the newest pinned story wins when there are several.
    /// </summary>
    public bool IsPinned { get; set; }

    /// <summary>
    /// WordPress's post password: set, the story's page asks for it before showing its text, and the story stays out of
    /// every list, feed, sitemap and search (<see cref="ArticleVisibility"/>). Editors share it with readers, so it is
    /// kept as typed, as WordPress keeps it.
    /// </summary>
    public string? Password { get; set; }

    public const int PasswordMaxLength = 255;
    public const int HeadlineHtmlMaxLength = 1000;

    public const int MetaDescriptionMaxLength = 300;
    public const int BodyMaxLength = 500_000;

    /// <summary>The story's page answers (with a password form first when it has one).</summary>
    public bool IsReachableAt(DateTime utcNow) =>
        Status == ArticleStatus.Published && PublishedAt is { } at && at <= utcNow;

    /// <summary>Publishes now; a story that was already public keeps its original time (and so its permalink).</summary>
    public void Publish(DateTime utcNow)
    {
        EnsureNotTrashed();
        if (Status == ArticleStatus.Published) return;
        if (!(Status == ArticleStatus.Unpublished && PublishedAt is { } at && at <= utcNow)) PublishedAt = utcNow;
        Status = ArticleStatus.Published;
    }

    /// <summary>Goes live at <paramref name="utcWhen"/> by itself (the scheduler publishes it, whether anyone visits or not).</summary>
    public void Schedule(DateTime utcWhen, DateTime utcNow)
    {
        EnsureNotTrashed();
        if (utcWhen <= utcNow) throw new ArticleRuleException("ScheduleInPast");
        Status = ArticleStatus.Scheduled;
        PublishedAt = utcWhen;
    }

    /// <summary>
    /// Takes the place a story had in the system it comes from (an import): its status and its own date, kept as they
    /// were. The workflow's rules still hold: nothing is scheduled for a time already past.
    /// </summary>
    public void Arrive(ArticleStatus status, DateTime? publishedAt, DateTime utcNow)
    {
        if (status == ArticleStatus.Scheduled && publishedAt is not { } when || status == ArticleStatus.Scheduled && publishedAt <= utcNow)
            throw new ArticleRuleException("ScheduleInPast");
        Status = status;
        PublishedAt = publishedAt ?? (status == ArticleStatus.Published ? utcNow : null);
    }

    /// <summary>A scheduled story whose time has come goes live at the time it was given (its permalink's date).</summary>
    public void GoLive(DateTime utcNow)
    {
        if (Status != ArticleStatus.Scheduled || PublishedAt is not { } at || at > utcNow) throw new ArticleRuleException("NotDue");
        Status = ArticleStatus.Published;
    }

    public void SubmitForReview()
    {
        if (Status is not (ArticleStatus.Draft or ArticleStatus.Unpublished)) throw new ArticleRuleException("CannotSubmit");
        Status = ArticleStatus.PendingReview;
    }

    public void Unpublish()
    {
        if (Status is not (ArticleStatus.Published or ArticleStatus.Scheduled)) throw new ArticleRuleException("CannotUnpublish");
        Status = Status == ArticleStatus.Scheduled ? ArticleStatus.Draft : ArticleStatus.Unpublished;
    }

    public void MoveToTrash() => Status = ArticleStatus.Trashed;

    /// <summary>As in WordPress, a story back from the trash is a draft: nothing returns to readers by accident.</summary>
    public void RestoreFromTrash()
    {
        if (Status != ArticleStatus.Trashed) throw new ArticleRuleException("NotInTrash");
        Status = ArticleStatus.Draft;
    }

    private void EnsureNotTrashed()
    {
        if (Status == ArticleStatus.Trashed) throw new ArticleRuleException("InTrash");
    }

    /// <summary>
    /// Changes the slug of a published article and keeps its old permalink answering, so shared links never break.
    /// </summary>
    public void ChangeSlug(string newSlug, TimeZoneInfo siteZone, DateTime utcNow)
    {
        if (newSlug == Slug) return;
        if (PublishedAt is not null)
        {
            var oldPath = Permalink.For(this, siteZone);
            if (Redirects.All(r => r.Path != oldPath)) Redirects.Add(new ArticleRedirect { Path = oldPath });
            UpdatedAt = utcNow;
        }
        Slug = newSlug;
    }
}
