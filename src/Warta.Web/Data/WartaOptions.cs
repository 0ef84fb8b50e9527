using System.ComponentModel.DataAnnotations;

namespace Warta.Web.Data;

/// <summary>Bound from the "Warta" configuration section (environment: Warta__DataDirectory, …).</summary>
public sealed class WartaOptions : IValidatableObject
{
    public const string SectionName = "Warta";

    /// <summary>
    /// The site's address as readers reach it (e.g. https://berita.example): every absolute link (canonical, feeds,
    /// sitemaps, structured data) is built from it rather than from the request's Host header, and when it is https
    /// the site sends HSTS and marks every cookie Secure. Unset, links follow the request and the newsroom says so.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The validated base without a trailing slash, or null when unset.</summary>
    public string? PublicBase => string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : PublicBaseUrl.Trim().TrimEnd('/');

    public bool PublicIsHttps => PublicBase?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBase is { } value
            && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0))
            yield return new ValidationResult(
                $"Warta:PublicBaseUrl must be an absolute http or https address without query or fragment, such as https://berita.example (got \"{value}\").",
                [nameof(PublicBaseUrl)]);
    }

    /// <summary>Holds the SQLite file and media; relative paths are taken from the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Whether a first start on an empty database writes the demo site.</summary>
    public bool SeedDemoContent { get; set; } = true;

    // Validation reads every property: an empty setting must reach [Required]'s message, not throw here first.
    public string DataDirectoryPath => Path.GetFullPath(string.IsNullOrWhiteSpace(DataDirectory) ? "." : DataDirectory);
    public string DatabasePath => Path.Combine(DataDirectoryPath, "warta.db");
    /// <summary>Warta:Media:Directory: media on a directory every node sees; the data directory's media/ when unset.</summary>
    public MediaLocation Media { get; set; } = new();

    /// <summary>The one source of the media folder's path.</summary>
    public string MediaPath => string.IsNullOrWhiteSpace(Media.Directory) ? Path.Combine(DataDirectoryPath, "media") : Path.GetFullPath(Media.Directory);

    public sealed class MediaLocation
    {
        public string? Directory { get; set; }
    }
}
