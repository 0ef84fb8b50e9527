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

    /// <summary>
    /// Where the section's block stands on the home page (lowest first), or null for no block: an editor's choice, since
    /// an imported archive brings dozens of categories and not all belong on the front page.
    /// </summary>
    public int? HomeBlockPosition { get; set; }

    /// <summary>How many stories the home block shows.</summary>
    public int HomeBlockSize { get; set; } = DefaultHomeBlockSize;

    public const int DefaultHomeBlockSize = 4;
    public const int MaxHomeBlockSize = 12;
}
