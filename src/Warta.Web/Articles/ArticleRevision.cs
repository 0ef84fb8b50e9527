namespace Warta.Web.Articles;

/// <summary>The article's words as one save (or autosave) left them; any two can be compared, any one restored.</summary>
public class ArticleRevision
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public DateTime SavedAt { get; set; }
    public int? SavedById { get; set; }
    public required string SavedByName { get; set; }
    public bool IsAutosave { get; set; }
    public required string Headline { get; set; }
    public string? Dek { get; set; }
    public required string Body { get; set; }

    /// <summary>The checks' findings dismissed at this save, with the reasons (the story's own at the time).</summary>
    public string? CheckNotes { get; set; }

    public static ArticleRevision Of(Article article, DateTime utcNow, int? userId, string userName, bool autosave = false) => new()
    {
        ArticleId = article.Id, SavedAt = utcNow, SavedById = userId, SavedByName = userName, IsAutosave = autosave,
        Headline = article.Headline, Dek = article.Dek, Body = article.Body, CheckNotes = article.CheckNotes,
    };
}
