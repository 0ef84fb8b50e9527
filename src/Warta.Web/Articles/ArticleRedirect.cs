namespace Warta.Web.Articles;

/// <summary>
/// An old permalink path that still leads to an article (after a slug or date change, later also WordPress paths),
/// answered with a 301 so links and search rankings survive.
/// </summary>
public class ArticleRedirect
{
    public int Id { get; set; }
    public required string Path { get; set; }
    public int ArticleId { get; set; }
}
