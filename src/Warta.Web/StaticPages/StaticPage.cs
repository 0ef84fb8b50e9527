namespace Warta.Web.StaticPages;

/// <summary>
/// A page outside the news flow (Redaksi, Tentang Kami, Kontak, Pedoman Media Siber): no date in its address,
/// <c>/{slug}/</c> or, under a parent, <c>/{parent}/{child}/</c>.
/// </summary>
public class StaticPage
{
    public const int TitleMaxLength = 200;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string Body { get; set; } = "";
    public int? ParentId { get; set; }
    public StaticPage? Parent { get; set; }
    public bool IsPublished { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>The page's id in an imported WordPress export.</summary>
    public int? WordPressId { get; set; }

    public string Url => UrlFor(Slug, Parent?.Slug);

    public static string UrlFor(string slug, string? parentSlug) => parentSlug is null ? $"/{slug}/" : $"/{parentSlug}/{slug}/";
}
