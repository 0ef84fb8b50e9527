using Warta.Web.Data;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// Bound from "Warta:Import". Uploads wait here for their mapping step and finished imports leave their reports here;
/// with several nodes it is a directory they all see (as <c>Warta:Media:Directory</c> is), since the upload, the
/// mapping step and the report download may each reach a different node. Never under the media folder: an export
/// holds commenters' addresses.
/// </summary>
public sealed class ImportOptions
{
    public const string SectionName = "Warta:Import";

    public string? Directory { get; set; }

    public string PathIn(WartaOptions warta) =>
        string.IsNullOrWhiteSpace(Directory) ? Path.Combine(warta.DataDirectoryPath, "import") : Path.GetFullPath(Directory);
}
