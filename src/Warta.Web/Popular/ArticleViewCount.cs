namespace Warta.Web.Popular;

/// <summary>How many readers opened an article in one UTC hour. Nothing about the readers themselves is kept.</summary>
public class ArticleViewCount
{
    public int ArticleId { get; set; }
    public DateTime HourUtc { get; set; }
    public int Views { get; set; }
}
