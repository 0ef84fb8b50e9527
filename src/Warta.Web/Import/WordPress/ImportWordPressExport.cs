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
public sealed class ImportWordPressExport(WartaDb db, UserManager<NewsroomUser> users, SiteSettingsCache settings, TimeProvider clock)
{
    private const int Batch = 200;
    private static readonly string[] Importable = ["post", "page", "attachment"];

    public async Task<ImportSummary> RunAsync(string path, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var total = 0;
        var attachments = new Dictionary<int, string>();
        await using (var check = File.OpenRead(path))
            foreach (var record in WxrReader.Read(check))
                if (record is WxrItem item)
                {
                    total++;
                    if (item is { PostType: "attachment", AttachmentUrl: { } url } && IsWebAddress(url)) attachments[item.PostId] = url;
                }

        var summary = new ImportSummary();
        var zone = settings.Current.Time;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var authors = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var pageIds = new Dictionary<int, (int Id, int Parent)>();
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
                        await SectionAsync(category.Slug, category.Name, category.Description, summary, ct);
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
                        if (done % Batch == 0) { await db.SaveChangesAsync(ct); db.ChangeTracker.Clear(); }
                        break;
                }
            }
        }
        await db.SaveChangesAsync(ct);
        // Page parents are known once every page is in.
        foreach (var (_, (id, parent)) in pageIds)
            if (parent != 0 && pageIds.TryGetValue(parent, out var up))
                await db.Pages.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ParentId, up.Id), ct);
        await transaction.CommitAsync(ct);
        return summary;
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
        var section = await db.Sections.SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (section is not null) return section;
        section = new Section { Slug = slug, Name = name.Length > 0 ? name : slug, Description = description, Position = 100 };
        db.Sections.Add(section);
        await db.SaveChangesAsync(ct);
        summary.Sections++;
        return section;
    }

    private async Task<Tag> TagAsync(string slug, string name, ImportSummary summary, CancellationToken ct)
    {
        slug = Slug.From(slug.Length > 0 ? slug : name);
        var tag = db.Tags.Local.FirstOrDefault(t => t.Slug == slug) ?? await db.Tags.SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (tag is not null) return tag;
        tag = new Tag { Slug = slug, Name = name.Length > 0 ? name : slug };
        db.Tags.Add(tag);
        summary.Tags++;
        return tag;
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
        var article = await db.Articles.Include(a => a.Tags).Include(a => a.Bylines).Include(a => a.Redirects)
            .SingleOrDefaultAsync(a => a.WordPressId == item.PostId, ct);
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

        // The old address keeps working: WordPress's permalink for this post answers 301 to its new home.
        if (article.PublishedAt is not null && item.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var old)
            && (baseSiteUrl is null || link.StartsWith(baseSiteUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
        {
            var oldPath = old.AbsolutePath.EndsWith('/') ? old.AbsolutePath : old.AbsolutePath + "/";
            if (oldPath.Length > 1 && oldPath != Permalink.For(article, zone.Zone) && !await db.ArticleRedirects.AnyAsync(r => r.Path == oldPath, ct))
                db.ArticleRedirects.Add(new ArticleRedirect { Path = oldPath, ArticleId = article.Id });
        }
        await CommentsAsync(item, article.Id, zone, summary, ct);
    }

    private async Task<string> FreeSlugAsync(string slug, CancellationToken ct)
    {
        var candidate = slug;
        for (var n = 2; await db.Articles.AnyAsync(a => a.Slug == candidate, ct) || db.Articles.Local.Any(a => a.Slug == candidate); n++)
            candidate = $"{slug}-{n}";
        return candidate;
    }

    private async Task CommentsAsync(WxrItem item, int articleId, SiteTime zone, ImportSummary summary, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = new Dictionary<int, (int Id, int Depth)>();
        var existing = await db.Comments.Where(c => c.ArticleId == articleId && c.WordPressId != null).ToDictionaryAsync(c => c.WordPressId!.Value, ct);
        // Parents before replies, whatever order the export used.
        foreach (var c in item.Comments.Where(c => c.Type is null or "comment" or "").OrderBy(c => c.Parent == 0 ? 0 : 1).ThenBy(c => c.Id))
        {
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
            await db.SaveChangesAsync(ct);
            ids[c.Id] = (comment.Id, comment.Depth);
        }
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
        var attachment = await db.ImportedAttachments.SingleOrDefaultAsync(a => a.WordPressId == item.PostId, ct);
        if (attachment is null)
        {
            db.ImportedAttachments.Add(new ImportedAttachment { WordPressId = item.PostId, Url = url, ParentWordPressId = item.Parent == 0 ? null : item.Parent, Title = Trim(item.Title, 500) });
            summary.Attachments++;
        }
        else summary.Updated++;
    }
}
