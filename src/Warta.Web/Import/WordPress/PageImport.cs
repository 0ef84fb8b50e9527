using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.StaticPages;

namespace Warta.Web.Import.WordPress;

/// <summary>WordPress pages become the site's pages, with their parents once every page is in.</summary>
public sealed class PageImport(ImportRun run, CommentImport comments, ReservedSlugs reserved)
{
    private readonly Dictionary<int, (int Id, int Parent)> pageIds = [];

    public int? WartaIdOf(int wordPressId) => pageIds.TryGetValue(wordPressId, out var page) ? page.Id : null;

    public async Task ImportAsync(WxrItem item, CancellationToken ct)
    {
        var db = run.Db;
        var page = await db.Pages.SingleOrDefaultAsync(p => p.WordPressId == item.PostId, ct);
        var title = string.IsNullOrWhiteSpace(item.Title) ? $"Halaman {item.PostId}" : item.Title.Trim();
        var isNew = page is null;
        if (page is null)
        {
            var slug = Slug.From(item.Slug ?? title);
            if (slug.Length == 0 || reserved.Contains(slug) || slug.All(char.IsAsciiDigit)) slug = $"halaman-{item.PostId}";
            while (await db.Pages.AnyAsync(p => p.Slug == slug && p.ParentId == null, ct)) slug += "-wp";
            page = new StaticPage { Slug = slug, Title = title, WordPressId = item.PostId, CreatedAt = run.Utc(item.PostDateGmt, item.PostDate) ?? run.Now };
            db.Pages.Add(page);
            run.Summary.Pages++;
        }
        page.Title = title;
        page.Body = WordPressContent.Convert(item.Content, run.Media, item.PostId);
        // A protected or private page stays out of public view: Warta's pages have no password of their own.
        page.IsPublished = item.Status == "publish" && item.Password is null;
        if (item.Status == "publish" && item.Password is not null) run.Note(item, "password-protected page kept unpublished");
        page.UpdatedAt = run.Now;
        await db.SaveChangesAsync(ct);
        pageIds[item.PostId] = (page.Id, item.Parent);
        if (isNew) run.Imported(item, title, page.Id); else run.Updated(item, title, page.Id);
        comments.SkipAll(item, "comments on pages are not kept (Warta's pages have none)");
    }

    public async Task LinkParentsAsync(CancellationToken ct)
    {
        foreach (var (_, (id, parent)) in pageIds)
            if (parent != 0 && pageIds.TryGetValue(parent, out var up))
                await run.Db.Pages.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ParentId, up.Id), ct);
    }
}
