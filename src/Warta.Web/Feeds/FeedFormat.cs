namespace Warta.Web.Feeds;

public enum FeedFormat
{
    Rss,
    Atom,
}
