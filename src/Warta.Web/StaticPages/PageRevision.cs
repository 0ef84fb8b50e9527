namespace Warta.Web.StaticPages;

/// <summary>A page's words as one save left them.</summary>
public class PageRevision
{
    public long Id { get; set; }
    public int PageId { get; set; }
    public DateTime SavedAt { get; set; }
    public required string SavedByName { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
}
