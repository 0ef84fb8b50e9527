using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Warta.Web.Cluster;

/// <summary>
/// The data-protection key ring in the data directory, written so a power cut or a disk turning read-only cannot leave
/// a torn key file behind (each key is flushed to the disk before it is renamed into place), and read so that one
/// unreadable file is skipped with a warning instead of breaking every form and sign-in of the site.
/// </summary>
/// <remarks>Found by the storage fault test: after the file system failed shortly after a first start, the key file was
/// empty and ASP.NET Core's own file repository then threw "Root element is missing" on every protected request.</remarks>
public sealed partial class DurableKeyDirectory(string directory, ILogger<DurableKeyDirectory> log) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        if (!Directory.Exists(directory)) return [];
        var keys = new List<XElement>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.xml"))
        {
            try
            {
                keys.Add(XElement.Load(path));
            }
            catch (Exception e) when (e is XmlException or IOException)
            {
                // A new key is made when none is usable; what it protected (sign-ins, form tokens) is simply asked again.
                LogUnreadable(log, path, e.Message);
            }
        }
        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        Directory.CreateDirectory(directory);
        var name = string.Concat(friendlyName.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
        var final = Path.Combine(directory, (name.Length > 0 ? name : Guid.NewGuid().ToString("N")) + ".xml");
        var temporary = final + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            element.Save(stream);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, final, overwrite: true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped the unreadable data-protection key file {Path}: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string path, string reason);
}
