using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Authors;
using Warta.Web.Comments;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Sections;
using Warta.Web.Site;
using Warta.Web.StaticPages;
using Warta.Web.Tags;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// Imports a WordPress export: authors, categories (as sections), tags, posts (as articles), pages, comments with
/// their threads, and attachments (recorded by address). The file is read twice, streaming: first to check it whole
/// (a malformed file stops before anything is written), then to import, in one transaction, so an interrupted run
/// leaves nothing behind and can simply be run again. Everything is keyed on WordPress's ids: a second run updates.
/// </summary>
public sealed class ImportWordPressExport(WartaDb db, UserManager<NewsroomUser> users, SiteSettingsCache settings, SectionDirectory directory, Caching.CachePurge purge, TimeProvider clock)
{
    // Lookups loaded once per run, so a 50,000-post archive is not thousands of small queries per minute.
    private Dictionary<int, int> articleIds = [];
    private HashSet<string> articleSlugs = [];
    private HashSet<string> redirectPaths = [];
    private HashSet<int> attachmentIds = [];
    private readonly Dictionary<string, Section> sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tag> tags = new(StringComparer.Ordinal);
    private static readonly string[] Importable = ["post", "page", "attachment"];

    public async Task<ImportSummary> RunAsync(string path, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        int total;
        Dictionary<int, string> attachments;
        string? repaired = null;
        try
        {
            (total, attachments) = Survey(path);
        }
        catch (WxrFormatException refused)
        {
            // WordPress's importer falls back to a lenient parser for nested CDATA; so do we, and only for that.
            repaired = WxrCdataRepair.RewriteToTemporaryFile(path);
            try { (total, attachments) = Survey(repaired); }
            catch (WxrFormatException)
            {
                File.Delete(repaired);
                throw refused;
            }
        }
        try
        {
            var summary = await ImportAsync(repaired ?? path, total, attachments, progress, ct);
            if (repaired is not null) summary.Notes.Add("nested CDATA sections were read as WordPress reads them");
            return summary;
        }
        finally
        {
            if (repaired is not null) File.Delete(repaired);
        }
    }

    /// <summary>The first, checking pass: counts items and notes attachment addresses for featured images.</summary>
    private static (int Total, Dictionary<int, string> Attachments) Survey(string path)
    {
        var total = 0;
        var attachments = new Dictionary<int, string>();
        using var check = File.OpenRead(path);
        foreach (var record in WxrReader.Read(check))
            if (record is WxrItem item)
            {
                total++;
                if (item is { PostType: "attachment", AttachmentUrl: { } url } && IsWebAddress(url)) attachments[item.PostId] = url;
            }
        return (total, attachments);
    }

    private async Task<ImportSummary> ImportAsync(
        string path, int total, Dictionary<int, string> attachments, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var summary = new ImportSummary();
        var zone = settings.Current.Time;
        articleIds = await db.Articles.Where(a => a.WordPressId != null).ToDictionaryAsync(a => a.WordPressId!.Value, a => a.Id, ct);
        articleSlugs = (await db.Articles.Select(a => a.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        redirectPaths = (await db.ArticleRedirects.Select(r => r.Path).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        attachmentIds = (await db.ImportedAttachments.Select(a => a.WordPressId).ToListAsync(ct)).ToHashSet();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var authors = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var pageIds = new Dictionary<int, (int Id, int Parent)>();
        var sectionParents = new List<(string Slug, string ParentSlug)>();
        var done = 0;
        string? baseSiteUrl = null;
        await using (var stream = File.OpenRead(path))
        {
            foreach (var record in WxrReader.Read(stream))
            {
                switch (record)
                {
                    case WxrSite site:
                        baseSiteUrl = site.BaseSiteUrl;
                        break;
                    case WxrAuthor author:
                        authors[author.Login] = await AuthorAsync(author, summary);
                        break;
                    case WxrTerm { Taxonomy: "category" } category:
                        var section = await SectionAsync(category.Slug, category.Name, category.Description, summary, ct);
                        if (category.ParentSlug is { } parentSlug) sectionParents.Add((section.Slug, Slug.From(parentSlug)));
                        break;
                    case WxrTerm { Taxonomy: "post_tag" } tag:
                        await TagAsync(tag.Slug, tag.Name, summary, ct);
                        break;
                    case WxrItem item:
                        if (!Importable.Contains(item.PostType)) summary.Skipped.Add($"#{item.PostId} ({item.PostType}): not an article, page or attachment");
                        else if (item.PostType == "post") await ArticleAsync(item, authors, attachments, baseSiteUrl, zone, summary, ct);
                        else if (item.PostType == "page") pageIds[item.PostId] = (await PageAsync(item, zone, summary, ct), item.Parent);
                        else await AttachmentAsync(item, summary, ct);
                        progress?.Report((++done, total));
                        // Each item leaves the tracker empty: change detection on every save then costs one item's
                        // worth of entities, not a growing batch's (it dominated the import's time).
                        await db.SaveChangesAsync(ct);
                        db.ChangeTracker.Clear();
                        break;
                }
            }
        }
        await db.SaveChangesAsync(ct);
        // Parents are known once everything is in: categories may name a parent defined after them.
        await SectionParentsAsync(sectionParents, ct);
        // Page parents are known once every page is in.
        foreach (var (_, (id, parent)) in pageIds)
            if (parent != 0 && pageIds.TryGetValue(parent, out var up))
                await db.Pages.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ParentId, up.Id), ct);
        await transaction.CommitAsync(ct);
        directory.Invalidate();
        // Whatever pages showed before the import, an archive's worth of stories has arrived: start afresh.
        await purge.EvictAllAsync(ct);
        return summary;
    }

    private async Task SectionParentsAsync(List<(string Slug, string ParentSlug)> links, CancellationToken ct)
    {
        if (links.Count == 0) return;
        var sections = await db.Sections.ToDictionaryAsync(s => s.Slug, ct);
        var parents = sections.Values.ToDictionary(s => s.Id, s => s.ParentId);
        foreach (var (slug, parentSlug) in links)
            if (sections.TryGetValue(slug, out var child) && sections.TryGetValue(parentSlug, out var parent) && !SectionTree.WouldLoop(child.Id, parent.Id, parents))
                parents[child.Id] = child.ParentId = parent.Id;
        await db.SaveChangesAsync(ct);
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private async Task<int> AuthorAsync(WxrAuthor author, ImportSummary summary)
    {
        var name = string.IsNullOrWhiteSpace(author.DisplayName) ? author.Login : author.DisplayName;
        var slug = Slug.From(author.Login.Length > 0 ? author.Login : name);
        var existingUser = author.Email is { } email ? await users.FindByEmailAsync(email) : null;
        if (existingUser?.AuthorId is { } linked) return linked;
        var profile = await db.Authors.SingleOrDefaultAsync(a => a.Slug == slug);
        if (profile is null)
        {
            profile = new Author { Slug = slug, Name = name.Trim() };
            db.Authors.Add(profile);
            await db.SaveChangesAsync();
            summary.Authors++;
        }
        if (existingUser is null && author.Email is { } address && address.Contains('@', StringComparison.Ordinal))
        {
            // An account without a usable password: it exists for bylines until an administrator sets one.
            var user = new NewsroomUser { UserName = address, Email = address, DisplayName = profile.Name, AuthorId = profile.Id, EmailConfirmed = true };
            if ((await users.CreateAsync(user)).Succeeded) await users.AddToRoleAsync(user, NewsroomRoles.Contributor);
        }
        return profile.Id;
    }

    private async Task<Section> SectionAsync(string slug, string name, string? description, ImportSummary summary, CancellationToken ct)
    {
        slug = Slug.From(slug.Length > 0 ? slug : name);
        if (sections.TryGetValue(slug, out var known)) return known;
        var section = await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (section is null)
        {
            section = new Section { Slug = slug, Name = name.Length > 0 ? name : slug, Description = description, Position = 100 };
            db.Sections.Add(section);
            await db.SaveChangesAsync(ct);
            db.Entry(section).State = EntityState.Detached;
            summary.Sections++;
        }
        return sections[slug] = section;
    }

    private async Task<Tag> TagAsync(string slug, string name, ImportSummary summary, CancellationToken ct)
    {
        slug = Slug.From(slug.Length > 0 ? slug : name);
        if (tags.TryGetValue(slug, out var known))
        {
            if (db.Tags.Local.FindEntry(known.Id) is { } tracked) return tracked.Entity;
            // The change tracker was cleared since: attach a fresh copy, never the old instance, whose list of
            // articles would drag every earlier batch back into the tracker.
            var copy = new Tag { Id = known.Id, Slug = known.Slug, Name = known.Name };
            db.Tags.Attach(copy);
            return tags[slug] = copy;
        }
        var tag = await db.Tags.SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (tag is null)
        {
            tag = new Tag { Slug = slug, Name = name.Length > 0 ? name : slug };
            db.Tags.Add(tag);
            // Saved at once, so the cache of tags by slug only ever holds real ids.
            await db.SaveChangesAsync(ct);
            summary.Tags++;
        }
        return tags[slug] = tag;
    }

    private static DateTime? Utc(string? gmt, string? local, SiteTime zone)
    {
        if (gmt is { } g && !g.StartsWith("0000", StringComparison.Ordinal)
            && DateTime.TryParseExact(g.Trim(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var u))
            return DateTime.SpecifyKind(u, DateTimeKind.Utc);
        if (local is { } l && !l.StartsWith("0000", StringComparison.Ordinal)
            && DateTime.TryParseExact(l.Trim(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var loc))
            return zone.ToUtc(loc);
        return null;
    }

    private static ArticleStatus StatusOf(string status) => status switch
    {
        "publish" => ArticleStatus.Published,
        "future" => ArticleStatus.Scheduled,
        "pending" => ArticleStatus.PendingReview,
        "private" => ArticleStatus.Unpublished,
        "trash" => ArticleStatus.Trashed,
        _ => ArticleStatus.Draft,
    };

    private async Task ArticleAsync(
        WxrItem item, Dictionary<string, int> authors, Dictionary<int, string> attachments, string? baseSiteUrl, SiteTime zone,
        ImportSummary summary, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var article = articleIds.TryGetValue(item.PostId, out var knownId)
            ? await db.Articles.Include(a => a.Tags).Include(a => a.Bylines).SingleAsync(a => a.Id == knownId, ct)
            : null;
        var isNew = article is null;
        var headline = string.IsNullOrWhiteSpace(item.Title) ? $"(tanpa judul #{item.PostId})" : item.Title.Trim();
        if (headline.Length > Article.HeadlineMaxLength) headline = headline[..Article.HeadlineMaxLength];
        var published = Utc(item.PostDateGmt, item.PostDate, zone);
        var category = item.Terms.FirstOrDefault(t => t.Domain == "category");
        var section = await SectionAsync(category?.Slug ?? "umum", category?.Name ?? "Umum", null, summary, ct);

        article ??= new Article { Slug = "", Headline = headline, CreatedAt = published ?? now, WordPressId = item.PostId };
        article.Headline = headline;
        article.Dek = item.Excerpt is { } excerpt ? (excerpt.Length > Article.DekMaxLength ? excerpt[..Article.DekMaxLength] : excerpt) : null;
        article.Body = WordPressContent.Convert(item.Content, attachments);
        article.BodyFormat = BodyFormat.Html;
        article.Status = StatusOf(item.Status);
        article.PublishedAt = published ?? (article.Status == ArticleStatus.Published ? now : null);
        article.SectionId = section.Id;
        article.IsPinned = item.IsSticky;
        if (isNew) article.Slug = await FreeSlugAsync(Slug.From(item.Slug ?? headline) is { Length: > 0 } s ? s : $"artikel-{item.PostId}", ct);
        if (item.Meta.TryGetValue("_thumbnail_id", out var thumb) && int.TryParse(thumb, out var thumbId) && attachments.TryGetValue(thumbId, out var image))
        {
            article.FeaturedImageUrl = image;
            article.FeaturedImageAlt ??= headline;
        }
        article.Tags.Clear();
        foreach (var term in item.Terms.Where(t => t.Domain == "post_tag"))
            article.Tags.Add(await TagAsync(term.Slug, term.Name, summary, ct));
        if (item.Creator is { } login && authors.TryGetValue(login, out var authorId) && article.Bylines.All(b => b.AuthorId != authorId))
        {
            article.Bylines.Clear();
            article.Bylines.Add(new Byline { AuthorId = authorId, Role = CreditRole.Penulis });
        }
        if (isNew) { db.Articles.Add(article); summary.Articles++; } else summary.Updated++;
        await db.SaveChangesAsync(ct);
        articleIds[item.PostId] = article.Id;

        // The old address keeps working: WordPress's permalink for this post answers 301 to its new home.
        if (article.PublishedAt is not null && item.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var old)
            && (baseSiteUrl is null || link.StartsWith(baseSiteUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
        {
            var oldPath = old.AbsolutePath.EndsWith('/') ? old.AbsolutePath : old.AbsolutePath + "/";
            if (oldPath.Length > 1 && oldPath != Permalink.For(article, zone.Zone) && redirectPaths.Add(oldPath))
                db.ArticleRedirects.Add(new ArticleRedirect { Path = oldPath, ArticleId = article.Id });
        }
        await CommentsAsync(item, article.Id, isNew, zone, summary, ct);
    }

    private async Task<string> FreeSlugAsync(string slug, CancellationToken ct)
    {
        var candidate = slug;
        for (var n = 2; articleSlugs.Contains(candidate) || await db.Articles.AnyAsync(a => a.Slug == candidate, ct); n++)
            candidate = $"{slug}-{n}";
        articleSlugs.Add(candidate);
        return candidate;
    }

    private async Task CommentsAsync(WxrItem item, int articleId, bool isNewArticle, SiteTime zone, ImportSummary summary, CancellationToken ct)
    {
        var wanted = item.Comments.Where(c => c.Type is null or "comment" or "").ToList();
        if (wanted.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = new Dictionary<int, (int Id, int Depth)>();
        var existing = isNewArticle ? [] : await db.Comments.Where(c => c.ArticleId == articleId && c.WordPressId != null).ToDictionaryAsync(c => c.WordPressId!.Value, ct);
        var known = wanted.Select(c => c.Id).ToHashSet();
        // One save per level of the thread rather than per comment: a reply needs its parent's id, nothing more.
        // A reply whose parent is missing from the export becomes a top-level comment rather than being lost.
        var level = wanted.Where(c => c.Parent == 0 || !known.Contains(c.Parent) || c.Parent == c.Id).ToList();
        var placed = new HashSet<int>();
        while (level.Count > 0)
        {
            var saved = new List<(int WordPressId, Comment Comment)>();
            foreach (var c in level.OrderBy(c => c.Id))
            {
                placed.Add(c.Id);
                var parent = c.Parent != 0 && ids.TryGetValue(c.Parent, out var p) ? p : ((int Id, int Depth)?)null;
                var comment = existing.GetValueOrDefault(c.Id) ?? new Comment { ArticleId = articleId, WordPressId = c.Id };
                comment.ParentId = parent?.Id;
                comment.Depth = parent is { } up ? up.Depth + 1 : 0;
                comment.AuthorName = Trim(c.Author, Comment.NameMaxLength);
                comment.AuthorEmail = Trim(c.AuthorEmail, Comment.EmailMaxLength);
                comment.AuthorUrl = c.AuthorUrl is { } u && IsWebAddress(u) ? Trim(u, Comment.UrlMaxLength) : null;
                comment.AuthorIp = Trim(c.AuthorIp, 64);
                comment.Text = Trim(c.Content, Comment.TextMaxLength);
                comment.Status = c.Approved switch { "1" => CommentStatus.Approved, "spam" => CommentStatus.Spam, "trash" => CommentStatus.Trash, _ => CommentStatus.Pending };
                comment.CreatedAt = Utc(c.DateGmt, c.Date, zone) ?? now;
                if (comment.Id == 0) { db.Comments.Add(comment); summary.Comments++; }
                saved.Add((c.Id, comment));
            }
            await db.SaveChangesAsync(ct);
            foreach (var (wordPressId, comment) in saved) ids[wordPressId] = (comment.Id, comment.Depth);
            level = wanted.Where(c => !placed.Contains(c.Id) && ids.ContainsKey(c.Parent)).ToList();
        }
        // Replies in a loop of parents never reach a placed comment; keep them, at the top level.
        var orphans = wanted.Where(c => !placed.Contains(c.Id)).Select(c => c with { Parent = 0 }).ToList();
        if (orphans.Count > 0) await CommentsAsync(item with { Comments = orphans }, articleId, isNewArticle, zone, summary, ct);
    }

    private static string? Trim(string? value, int length) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= length ? value : value[..length];

    private async Task<int> PageAsync(WxrItem item, SiteTime zone, ImportSummary summary, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var page = await db.Pages.SingleOrDefaultAsync(p => p.WordPressId == item.PostId, ct);
        var title = string.IsNullOrWhiteSpace(item.Title) ? $"Halaman {item.PostId}" : item.Title.Trim();
        if (page is null)
        {
            var slug = Slug.From(item.Slug ?? title);
            if (slug.Length == 0 || StaticPage.ReservedSlugs.Contains(slug) || slug.All(char.IsAsciiDigit)) slug = $"halaman-{item.PostId}";
            while (await db.Pages.AnyAsync(p => p.Slug == slug && p.ParentId == null, ct)) slug += "-wp";
            page = new StaticPage { Slug = slug, Title = title, WordPressId = item.PostId, CreatedAt = Utc(item.PostDateGmt, item.PostDate, zone) ?? now };
            db.Pages.Add(page);
            summary.Pages++;
        }
        else summary.Updated++;
        page.Title = title;
        page.Body = WordPressContent.Convert(item.Content);
        page.IsPublished = item.Status == "publish";
        page.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return page.Id;
    }

    private async Task AttachmentAsync(WxrItem item, ImportSummary summary, CancellationToken ct)
    {
        if (item.AttachmentUrl is not { } url || !IsWebAddress(url))
        {
            summary.Skipped.Add($"#{item.PostId} (attachment): no web address");
            return;
        }
        var attachment = attachmentIds.Contains(item.PostId) ? await db.ImportedAttachments.SingleOrDefaultAsync(a => a.WordPressId == item.PostId, ct) : null;
        if (attachment is null)
        {
            attachmentIds.Add(item.PostId);
            db.ImportedAttachments.Add(new ImportedAttachment { WordPressId = item.PostId, Url = url, ParentWordPressId = item.Parent == 0 ? null : item.Parent, Title = Trim(item.Title, 500) });
            summary.Attachments++;
        }
        else summary.Updated++;
    }
}
