using Warta.Web.Authors;

namespace Warta.Web.Articles;

/// <summary>One person credited on an article, in the order the byline shows them.</summary>
public class Byline
{
    public int ArticleId { get; set; }
    public int AuthorId { get; set; }
    public Author Author { get; set; } = null!;
    public int Position { get; set; }
    public CreditRole Role { get; set; }
}
