using System.ComponentModel.DataAnnotations;

namespace Warta.Web.Data;

/// <summary>Bound from the "Warta" configuration section (environment: Warta__DataDirectory, …).</summary>
public sealed class WartaOptions
{
    public const string SectionName = "Warta";

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
