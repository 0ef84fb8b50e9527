using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// Posts become articles: status, GMT date, slug, excerpt as dek, section, tags, byline, featured image, sticky as
/// pinned; the old permalink keeps answering with a 301; comments follow. Nothing private or protected becomes public.
/// </summary>
public sealed class ArticleImport(ImportRun run, AuthorImport authors, TermImport terms, CommentImport comments, Newsroom.Articles.ArticleWorkflow workflow)
{
    private Dictionary<int, int> articleIds = [];
    private HashSet<string> articleSlugs = [];
    private HashSet<string> redirectPaths = [];

    /// <summary>Lookups loaded once per run, so a 50,000-post archive is not thousands of small queries per minute.</summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        var db = run.Db;
        articleIds = await db.Articles.Where(a => a.WordPressId != null).ToDictionaryAsync(a => a.WordPressId!.Value, a => a.Id, ct);
        articleSlugs = (await db.Articles.Select(a => a.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        redirectPaths = (await db.ArticleRedirects.Select(r => r.Path).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The post's format (aside, gallery, link, image, quote, status, video, audio, chat), null for a standard post.</summary>
    public static string? FormatOf(WxrItem item) =>
        item.Terms.FirstOrDefault(t => t.Domain == "post_format" && t.Slug.StartsWith("post-format-", StringComparison.Ordinal))?.Slug["post-format-".Length..] is { Length: > 0 } format
            && format != "standard" ? format : null;

    public int? WartaIdOf(int wordPressId) => articleIds.TryGetValue(wordPressId, out var id) ? id : null;

    public async Task ImportAsync(WxrItem item, CancellationToken ct)
    {
        var db = run.Db;
        var article = articleIds.TryGetValue(item.PostId, out var knownId)
            ? await db.Articles.Include(a => a.Tags).Include(a => a.Bylines).SingleAsync(a => a.Id == knownId, ct)
            : null;
        var isNew = article is null;
        var (plain, markup) = HeadlineMarkup.Split(item.Title ?? "");
        // Asides, statuses, quotes and the other post formats are written without a title (themes show none): their
        // first words name them. An untitled standard post keeps the visible "(untitled #ID)" an editor should fix.
        var headline = plain.Length > 0 ? plain : FormatOf(item) is not null && WordPressContent.FirstWords(item.Content) is { } words ? words : run.Untitled(item.PostId);
        if (headline.Length > Article.HeadlineMaxLength) headline = headline[..Article.HeadlineMaxLength];
        if (markup is { Length: > Article.HeadlineHtmlMaxLength }) markup = null;
        var published = run.Utc(item.PostDateGmt, item.PostDate);
        // The first category that gives a section decides it (WordPress's primary category comes first); categories
        // mapped to tags add tags.
        Navigation.Section? section = null;
        var categoryTags = new List<Tags.Tag>();
        foreach (var category in item.Terms.Where(t => t.Domain == "category"))
        {
            var (categorySection, categoryTag) = await terms.CategoryAsync(category, ct);
            section ??= categorySection;
            if (categoryTag is not null) categoryTags.Add(categoryTag);
        }
        section ??= await terms.SectionAsync("umum", "Umum", null, ct);

        article ??= new Article { Slug = "", Headline = headline, CreatedAt = published ?? run.Now, WordPressId = item.PostId };
        article.Headline = headline;
        article.HeadlineHtml = markup;
        article.Password = item.Password is { Length: <= Article.PasswordMaxLength } password ? password : null;
        // WordPress lists a post by its excerpt, else by the teaser above <!--more-->: Warta lists a story by its dek.
        var dek = item.Excerpt ?? WordPressContent.Teaser(item.Content);
        article.Dek = dek is { } d ? (d.Length > Article.DekMaxLength ? d[..Article.DekMaxLength] : d) : null;
        article.Body = WordPressContent.Convert(item.Content, run.Media, item.PostId);
        article.BodyFormat = BodyFormat.Html;
        workflow.Arrive(article, StatusOf(item, published), published, run.Now);
        article.SectionId = section.Id;
        article.IsPinned = item.IsSticky;
        article.CommentsOpen = item.CommentsOpen;
        if (isNew) article.Slug = await FreeSlugAsync(Slug.From(item.Slug ?? headline) is { Length: > 0 } s ? s : $"artikel-{item.PostId}", ct);
        if (item.Meta.TryGetValue("_thumbnail_id", out var thumb) && int.TryParse(thumb, out var thumbId) && run.Media.UrlOf(thumbId) is { } image)
        {
            article.FeaturedImageUrl = image;
            article.FeaturedImageAlt ??= run.Media.AltOf(thumbId) is { Length: > 0 } alt ? alt : headline;
        }
        article.Tags.Clear();
        foreach (var term in item.Terms.Where(t => t.Domain == "post_tag"))
            categoryTags.Add(await terms.TagAsync(term.Slug, term.Name, ct));
        foreach (var tag in categoryTags.DistinctBy(t => t.Slug)) article.Tags.Add(tag);
        if (authors.ByLogin(item.Creator) is { } authorId && article.Bylines.All(b => b.AuthorId != authorId))
        {
            article.Bylines.Clear();
            article.Bylines.Add(new Byline { AuthorId = authorId, Role = CreditRole.Penulis });
        }
        if (isNew) { db.Articles.Add(article); run.Summary.Articles++; }
        await db.SaveChangesAsync(ct);
        articleIds[item.PostId] = article.Id;
        if (isNew) run.Imported(item, headline, article.Id); else run.Updated(item, headline, article.Id);

        KeepOldAddress(item, article);
        await comments.ImportAsync(item, article.Id, isNew, ct);
    }

    /// <summary>
    /// WordPress's statuses in Warta's workflow. What WordPress kept from the public stays out of it here: a private
    /// post arrives unpublished; a protected one keeps its password (its page asks for it, lists never show it), or
    /// arrives unpublished when the password is longer than a story's may be.
    /// </summary>
    private ArticleStatus StatusOf(WxrItem item, DateTime? date)
    {
        if (item.Password is { Length: > Article.PasswordMaxLength })
        {
            run.Note(item, "password longer than 255 characters: imported unpublished so its text is never public");
            return ArticleStatus.Unpublished;
        }
        switch (item.Status)
        {
            case "publish": return ArticleStatus.Published;
            case "future" when date > run.Now: return ArticleStatus.Scheduled;
            case "future":
                run.Note(item, "scheduled for a time already past: kept as a draft with its date");
                return ArticleStatus.Draft;
            case "pending": return ArticleStatus.PendingReview;
            case "private": return ArticleStatus.Unpublished;
            case "trash": return ArticleStatus.Trashed;
            default: return ArticleStatus.Draft;
        }
    }

    /// <summary>The old address keeps working: WordPress's permalink for this post answers 301 to its new home.</summary>
    private void KeepOldAddress(WxrItem item, Article article)
    {
        if (article.PublishedAt is not null && item.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var old)
            && (run.BaseSiteUrl is null || link.StartsWith(run.BaseSiteUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
        {
            var oldPath = old.AbsolutePath.EndsWith('/') ? old.AbsolutePath : old.AbsolutePath + "/";
            if (oldPath.Length > 1 && oldPath != Permalink.For(article, run.Zone.Zone) && redirectPaths.Add(oldPath))
                run.Db.ArticleRedirects.Add(new ArticleRedirect { Path = oldPath, ArticleId = article.Id });
        }
    }

    private async Task<string> FreeSlugAsync(string slug, CancellationToken ct)
    {
        var candidate = slug;
        for (var n = 2; articleSlugs.Contains(candidate) || await run.Db.Articles.AnyAsync(a => a.Slug == candidate, ct); n++)
            candidate = $"{slug}-{n}";
        articleSlugs.Add(candidate);
        return candidate;
    }
}
