using Warta.Web.Articles;

namespace Warta.Web.Feeds;

/// <summary>What a feed covers: the whole site, or one section, tag or author.</summary>
public sealed record FeedScope(string Title, string? Description, string PagePath, string FeedPath, Func<IQueryable<Article>, IQueryable<Article>> Filter)
{
    public static FeedScope WholeSite(string name, string? tagline) => new(name, tagline, "/", "/feed/", q => q);
}
