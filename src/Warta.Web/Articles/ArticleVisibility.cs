using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Warta.Web.Articles;

/// <summary>
/// Who may see a story, written once. A published story is reachable at its address once its time has come; it is
/// open — listed on home, section, tag, author and archive pages, in feeds, sitemaps, search, related and most-read
/// lists — only when it has no password. Queries take these (compiled ones through the expressions, the time
/// compared beside them), never a condition of their own.
/// </summary>
public static class ArticleVisibility
{
    /// <summary>Published (due or scheduled): its page exists once <see cref="Article.PublishedAt"/> has come.</summary>
    public static readonly Expression<Func<Article, bool>> Published =
        a => a.Status == ArticleStatus.Published && a.PublishedAt != null;

    /// <summary>Published and open to everyone: no password stands before its text.</summary>
    public static readonly Expression<Func<Article, bool>> Open =
        a => a.Status == ArticleStatus.Published && a.PublishedAt != null && a.Password == null;

    /// <summary>Stories every reader may see listed, read and searched: open and due.</summary>
    public static IQueryable<Article> VisibleAt(this IQueryable<Article> articles, DateTime utcNow) =>
        articles.AsNoTracking().Where(Open).Where(a => a.PublishedAt <= utcNow);

    /// <summary>Stories whose address answers: due, with or without a password.</summary>
    public static IQueryable<Article> ReachableAt(this IQueryable<Article> articles, DateTime utcNow) =>
        articles.AsNoTracking().Where(Published).Where(a => a.PublishedAt <= utcNow);
}
