namespace Warta.Web.Import.WordPress;

/// <summary>An attachment of the old WordPress site, recorded with its original address (files are not copied).</summary>
public class ImportedAttachment
{
    public int Id { get; set; }
    public int WordPressId { get; set; }
    public required string Url { get; set; }
    public int? ParentWordPressId { get; set; }
    public string? Title { get; set; }

    /// <summary>Where the file lives in the media library once the import fetched it; null while it is only at <see cref="Url"/>.</summary>
    public string? LocalUrl { get; set; }
}
