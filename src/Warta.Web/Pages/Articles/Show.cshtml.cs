using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Articles.Body;
using Warta.Web.Caching;
using Warta.Web.Comments;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Popular;
using Warta.Web.Seo;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Pages.Articles;

/// <remarks>
/// The comment form's antiforgery token is checked here rather than by the automatic page filter: a page served from
/// the cache has none until its script fetches one, and a reader without JavaScript who sends it that way gets the
/// form back, filled in, with a token, instead of an error page (nothing typed is lost).
/// </remarks>
[IgnoreAntiforgeryToken]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Warta.Web.Comments.CommentsSetup.PostsPolicy)]
public class ShowModel(
    WartaDb db, BodyRenderer renderer, BacaJugaLinks bacaJuga, RelatedArticles related, MostRead mostRead,
    CommentThread thread, HeldComments held, FormTimer formTimer, StoryPasswords passwords, Media.MediaCrops crops,
    Live.LiveReports liveReports, SiteSettingsCache settings, TimeProvider clock)
    : ReaderPage(settings, clock)
{
    private const int RelatedCount = 4;

    public ArticleView Article { get; private set; } = null!;
    public IHtmlContent Body { get; private set; } = HtmlString.Empty;

    /// <summary>The story's corrections and right-of-reply notes, shown above it.</summary>
    public IHtmlContent Notes { get; private set; } = HtmlString.Empty;
    public IReadOnlyList<ArticleSummary> Related { get; private set; } = [];

    /// <summary>The live coverage under the story, when it has (or had) one.</summary>
    public IHtmlContent Live { get; private set; } = HtmlString.Empty;

    /// <summary>Share links to the story (WhatsApp, Telegram, Facebook, X, copy).</summary>
    public IHtmlContent Share { get; private set; } = HtmlString.Empty;
    public string JsonLd { get; private set; } = "";
    public IReadOnlyList<ArticleSummary> Popular { get; private set; } = [];

    [BindProperty] public CommentForm Comment { get; set; } = new();

    /// <summary>A protected story whose password this reader has not given: its page shows the headline and a form.</summary>
    public bool Locked { get; private set; }
    public bool WrongPassword { get; private set; }
    public CommentThread.Page Comments { get; private set; } = new([], [], 0, 1, 1);

    /// <summary>Which page of a paginated story this is, and how many it has (1 of 1 for most).</summary>
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;
    public bool CommentsOpen { get; private set; }
    public string CommentToken { get; private set; } = "";
    public int CommentArticleId { get; private set; }
    public IReadOnlyDictionary<string, string> CommentProblems { get; private set; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    /// <summary>The story's own address (its first page), which the page links to and posts its forms to.</summary>
    public string StoryUrl { get; private set; } = "";

    /// <summary>Without JavaScript, "Balas" links here (?balas=ID) and the form comes back set to answer that comment.</summary>
    [FromQuery(Name = "balas")] public int? ReplyTo { get; set; }

    /// <summary>A story read from its snapshot needs no database at all (<see cref="StoryAsync"/>).</summary>
    protected override bool OpensConnectionWhenNeeded => true;

    public Task<IActionResult> OnGetAsync(
        string year, string month, string day, string slug, [FromQuery(Name = "komentar")] int? commentPage, [FromQuery(Name = "halaman")] int? storyPage,
        CancellationToken ct) =>
        ShowAsync(year, month, day, slug, commentPage ?? 1, countView: true, ct, storyPage ?? 1);

    /// <summary>The "Tinggalkan Balasan" form posts here; without JavaScript the reader comes back to the comment.</summary>
    public async Task<IActionResult> OnPostCommentAsync(
        string year, string month, string day, string slug, [FromServices] PostComment post, [FromServices] CurrentStaff staff,
        [FromServices] Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, CancellationToken ct)
    {
        await UseOneConnectionAsync(ct);
        var found = await db.Articles.ReachableAt(UtcNow).Where(a => a.Slug == slug).Select(a => new { a.Id, a.Password }).SingleOrDefaultAsync(ct);
        if (found is null) return NotFound();
        // A protected story takes comments only from readers who gave its password (they alone see its thread).
        if (!passwords.IsUnlocked(Request, found.Password)) return StatusCode(StatusCodes.Status403Forbidden);
        int? id = found.Id;
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            CommentProblems = new Dictionary<string, string> { [""] = T("CmConfirmSend") };
            var form = await ShowAsync(year, month, day, slug, 1, countView: false, ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return form;
        }
        var outcome = await post.RunAsync(id.Value, Comment, HttpContext, await staff.GetAsync(), ct);
        if (outcome.Saved is { } saved)
        {
            if (saved.Status == CommentStatus.Pending) held.Add(HttpContext, saved.Id);
            RememberCommenter();
            var anchor = saved.Status == CommentStatus.Approved ? $"#comment-{saved.Id}" : "#komentar-saya";
            // 303: the browser comes back with a GET, so a reload never posts the comment twice.
            Response.Headers.Location = $"/{year}/{month}/{day}/{slug}/{anchor}";
            return new StatusCodeResult(StatusCodes.Status303SeeOther);
        }
        CommentProblems = outcome.Problems;
        var page = await ShowAsync(year, month, day, slug, 1, countView: false, ct);
        Response.StatusCode = outcome.StatusCode;
        return page;
    }

    /// <summary>The password form of a protected story: the right password opens it (and every story sharing it) here.</summary>
    public async Task<IActionResult> OnPostUnlockAsync(string year, string month, string day, string slug, [FromForm(Name = "sandi")] string? given, CancellationToken ct)
    {
        var story = await StoryAsync(slug, ct);
        if (story?.Article.Password is not { } password) return NotFound();
        if (passwords.TryUnlock(HttpContext, password, given))
        {
            Response.Headers.Location = Permalink.For(story.Article.Slug, story.Article.PublishedAt, Zone);
            return new StatusCodeResult(StatusCodes.Status303SeeOther);
        }
        WrongPassword = true;
        var page = await ShowAsync(year, month, day, slug, 1, countView: false, ct);
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return page;
    }

    // Only when asked, and only in this browser: the page itself never carries anyone's details.
    private void RememberCommenter()
    {
        const string Cookie = "warta_penulis";
        if (!Comment.Remember)
        {
            Response.Cookies.Delete(Cookie);
            return;
        }
        var value = System.Text.Json.JsonSerializer.Serialize(new { n = Comment.Author, e = Comment.Email, u = Comment.Url });
        Response.Cookies.Append(Cookie, Uri.EscapeDataString(value),
            new CookieOptions { SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, MaxAge = TimeSpan.FromDays(365), HttpOnly = false });
    }

    private async Task<IActionResult> ShowAsync(string year, string month, string day, string slug, int commentPage, bool countView, CancellationToken ct, int storyPage = 1)
    {
        var requestedPath = $"/{year}/{month}/{day}/{slug}/";
        var story = await StoryAsync(slug, ct);
        if (story is null) return await RedirectFromOldPathAsync(requestedPath, ct);
        var article = story.Article;

        var permalink = Permalink.For(article.Slug, article.PublishedAt, Zone);
        if (!string.Equals(requestedPath, permalink, StringComparison.Ordinal)) return RedirectPermanent(permalink);

        Article = article;
        StoryUrl = permalink;
        Title = article.Headline;
        CanonicalPath = permalink;
        if (article.IsProtected)
        {
            // Never shared: neither the form (a reader with the password must not get it from a cache) nor the text.
            Response.Headers.CacheControl = "private, no-store";
            Locked = !passwords.IsUnlocked(Request, article.Password);
            if (Locked) return Page();
        }
        Description = article.MetaDescription ?? article.Dek;
        OpenGraphType = "article";
        CurrentSectionSlug = article.SectionSlug;
        FeedPath = permalink + "feed/";
        // Shared links show the 1200×630 cut around the photo's focal point, the size their cards are drawn at.
        ImagePath = article.ImageUrl is { } image ? crops.For(image, Media.Crop.Social) : null;
        var text = HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource>>();
        var live = article.LiveSince is null ? null : await liveReports.GetAsync(article.Id, Zone, ct);
        if (live is not null)
        {
            Live = new HtmlString(Warta.Web.Live.LiveEntryHtml.Section(live, AbsoluteUrl(permalink), Site, text));
            CacheTags.NoteArticles(HttpContext, live.BacaJugaIds);
        }
        Share = new HtmlString(story.ShareFor(AbsoluteUrl("/"), () => ShareLinks.Html(AbsoluteUrl(permalink), article.Headline, text)));
        JsonLd = story.JsonLdFor(AbsoluteUrl("/"), () => StructuredData.ForArticle(article, Site, AbsoluteUrl, story.Corrections, live));
        // A story cut into pages (<!--nextpage-->): one page at a time, as WordPress shows it, with links to the others.
        var pages = story.Pages;
        if (storyPage < 1 || storyPage > pages.Length) return RedirectPermanent(permalink);
        Body = new HtmlString(pages[storyPage - 1]);
        Notes = new HtmlString(Warta.Web.Corrections.CorrectionNotes.Html(story.Corrections, Site, text));
        CacheTags.NoteArticles(HttpContext, story.ReplyIds);
        (PageNumber, PageCount) = (storyPage, pages.Length);
        if (storyPage > 1) CanonicalPath = permalink + "?halaman=" + storyPage.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Related = story.Related;
        Popular = await mostRead.GetAsync();
        // Every story this page shows by its headline: a change to any of them evicts this page too.
        if (!article.IsProtected) CacheFor(CacheTags.Article(article.Id), CacheTags.Popular); // "Terpopuler" shows here, even while still empty
        CacheTags.NoteArticles(HttpContext, story.BacaJugaIds);
        var discussion = Site.Discussion;
        CommentsOpen = CommentRules.IsOpen(article.CommentsOpen, article.PublishedAt, discussion, UtcNow);
        var heldHere = held.Read(Request);
        Comments = heldHere.Count == 0
            ? CommentThread.Paginate(story.Comments, commentPage, discussion.PerPage)
            : await thread.WithHeldAsync(article.Id, heldHere, commentPage, discussion.PerPage, Site, ct);
        // A page shared through the cache carries no per-reader tokens; the form fetches them (CommentTokens).
        CommentToken = IsShared ? "" : formTimer.Issue(article.Id);
        CommentArticleId = article.Id;
        if (countView) Response.Headers[ViewCounting.Header] = article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    /// <summary>
    /// The story as every reader sees it, from memory while nothing it shows has changed (<see cref="SnapshotCache"/>),
    /// else from the database. Null when no published story has this slug.
    /// </summary>
    private Task<StorySnapshot?> StoryAsync(string slug, CancellationToken ct) => SnapshotAsync(StorySnapshot.KeyFor(slug), async () =>
    {
        var article = await FindVisible(db, slug, UtcNow, ct);
        if (article is null) return null;
        var rendered = renderer.Render(article.Id, article.Body, article.BodyFormat);
        var body = await bacaJuga.ComposeAsync(rendered, T("BacaJuga"), UtcNow, Zone, ct);
        var relatedStories = await related.FindAsync(article.Id, article.SectionId, article.Tags.Select(t => t.Id).ToList(), RelatedCount, UtcNow, Zone, ct);
        var corrections = (await Warta.Web.Corrections.CorrectionView.ForAsync(db, [article.Id], UtcNow, Zone, ct)).GetValueOrDefault(article.Id) ?? [];
        return new StorySnapshot(article, body, rendered.BacaJugaIds, relatedStories, await thread.PublishedAsync(article.Id, Site, ct), corrections);
    });

    /// <summary>
    /// Compiled once: the page's largest query skips EF's per-call expression work (parameter extraction, cache
    /// lookup), which showed as a large share of an uncached render's allocations.
    /// </summary>
    private static readonly Func<WartaDb, string, DateTime, CancellationToken, Task<ArticleView?>> FindVisible = EF.CompileAsyncQuery(
        (WartaDb db, string slug, DateTime utcNow, CancellationToken ct) =>
        db.Articles.AsNoTracking().Where(ArticleVisibility.Published).Where(a => a.PublishedAt <= utcNow && a.Slug == slug)
            .Select(a => new ArticleView(
                a.Id, a.Slug, a.Headline, a.Dek, a.Body, a.BodyFormat, a.Language, a.Dateline,
                a.PublishedAt!.Value, a.UpdatedAt, a.SectionId, a.Section.Name, a.Section.Slug,
                a.FeaturedImageUrl, a.FeaturedImageAlt, a.FeaturedImageCaption, a.FeaturedImageCredit,
                a.Bylines.OrderBy(b => b.Position).Select(b => new BylineView(b.Author.Name, b.Author.Slug, b.Role, b.Author.Initials)).ToList(),
                a.Tags.OrderBy(t => t.Name).Select(t => new TagView(t.Id, t.Name, t.Slug)).ToList(), a.MetaDescription, a.CommentsOpen,
                a.HeadlineHtml, a.Password, a.LiveSince, a.LiveUntil))
            .SingleOrDefault());

    /// <summary>An old permalink (slug or date changed since) answers 301 to where the article lives now.</summary>
    private async Task<IActionResult> RedirectFromOldPathAsync(string path, CancellationToken ct)
    {
        var target = await db.ArticleRedirects.AsNoTracking().Where(r => r.Path == path)
            .Join(db.Articles.ReachableAt(UtcNow), r => r.ArticleId, a => a.Id, (r, a) => new { a.Slug, a.PublishedAt })
            .FirstOrDefaultAsync(ct);
        return target is null ? NotFound() : RedirectPermanent(Permalink.For(target.Slug, target.PublishedAt!.Value, Zone));
    }
}
