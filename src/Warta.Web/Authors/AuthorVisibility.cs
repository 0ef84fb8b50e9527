using Warta.Web.Articles;

namespace Warta.Web.Authors;

/// <summary>
/// An author is public once a story of theirs is: staff without published work (moderators, administrators, a new
/// hire) have no author page, feed or sitemap entry that would name them.
/// </summary>
public static class AuthorVisibility
{
    public static IQueryable<Author> WithVisibleWork(this IQueryable<Author> authors, IQueryable<Article> articles, DateTime utcNow)
    {
        var visible = articles.VisibleAt(utcNow);
        return authors.Where(author => visible.Any(a => a.Bylines.Any(b => b.AuthorId == author.Id)));
    }
}
