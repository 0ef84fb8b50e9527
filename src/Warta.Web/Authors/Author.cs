namespace Warta.Web.Authors;

/// <summary>A person who appears in bylines, with a public page listing their work.</summary>
public class Author
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Bio { get; set; }

    /// <summary>Staff initials as credited at the end of a story, e.g. "rfs".</summary>
    public string? Initials { get; set; }

    /// <summary>Portrait shown on the author page (site path or https URL).</summary>
    public string? PhotoUrl { get; set; }
}
