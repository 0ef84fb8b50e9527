namespace Warta.Web.Navigation;

public enum MenuLocation { Header = 0, Footer = 1 }

public enum MenuTarget { Section = 0, Tag = 1, Page = 2, Url = 3, Article = 4 }

/// <summary>One entry of the header or footer menu: a section, tag, page, story or any address; at most one level deep.</summary>
public class MenuItem
{
    public int Id { get; set; }
    public MenuLocation Menu { get; set; }
    public required string Label { get; set; }
    public MenuTarget Target { get; set; }
    public int? TargetId { get; set; }
    public string? Url { get; set; }
    public int Position { get; set; }
    public int? ParentId { get; set; }

    /// <summary>The menu item's id on the WordPress site it was imported from: a second import updates it.</summary>
    public int? WordPressId { get; set; }
}
