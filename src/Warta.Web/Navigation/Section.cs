namespace Warta.Web.Navigation;

/// <summary>A desk's public face (Nasional, Ekonomi…): a label on articles and a page of its own.</summary>
public class Section
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>Order in the navigation and on the home page.</summary>
    public int Position { get; set; }

    /// <summary>A sub-section (WordPress's child category): its stories also appear on the parent's page.</summary>
    public int? ParentId { get; set; }
}
