namespace Warta.Web.Search;

public enum SearchSort
{
    Relevance,
    Newest,
}
