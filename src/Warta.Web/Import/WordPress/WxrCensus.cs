using System.Xml;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// How many items (by post type) and comments (by comment type) an export holds, counted by a plain scan of the file
/// that shares nothing with <see cref="WxrReader"/>'s record building: the import must account for every one of them,
/// so a reader that loses an item is caught rather than trusted.
/// </summary>
public sealed record WxrCensus(IReadOnlyDictionary<string, int> Items, IReadOnlyDictionary<string, int> Comments)
{
    public int ItemCount => Items.Values.Sum();

    public static WxrCensus Take(string path)
    {
        var items = new Dictionary<string, int>(StringComparer.Ordinal);
        var comments = new Dictionary<string, int>(StringComparer.Ordinal);
        using var stream = File.OpenRead(path);
        using var reader = XmlReader.Create(stream, WxrReader.Settings);
        try
        {
            while (reader.Read())
            {
                if (reader is not { NodeType: XmlNodeType.Element, Depth: 2, LocalName: "item", NamespaceURI: "" }) continue;
                var type = "post";
                using var item = reader.ReadSubtree();
                // Reading an element's content leaves the reader on whatever follows it, perhaps the next element.
                var advanced = false;
                while (advanced ? item.ReadState == ReadState.Interactive : item.Read())
                {
                    advanced = false;
                    if (item.NodeType != XmlNodeType.Element || !WxrNamespaces.IsWp(item.NamespaceURI)) continue;
                    if (item is { Depth: 1, LocalName: "post_type" })
                    {
                        type = item.ReadElementContentAsString().Trim() is { Length: > 0 } t ? t : "post";
                        advanced = true;
                    }
                    else if (item is { Depth: 1, LocalName: "comment" }) Count(comments, CommentType(item));
                }
                Count(items, type);
            }
        }
        catch (XmlException e)
        {
            throw new WxrFormatException(e.Message, e.LineNumber, e.LinePosition, e);
        }
        return new WxrCensus(items, comments);
    }

    /// <summary>WordPress writes "" or "comment" for a reader's comment, "pingback" or "trackback" for the others.</summary>
    public static string Kind(string? commentType) => commentType?.Trim() is null or "" or "comment" ? "comment" : commentType.Trim();

    private static string CommentType(XmlReader comment)
    {
        using var fields = comment.ReadSubtree();
        while (fields.Read())
            if (fields is { NodeType: XmlNodeType.Element, Depth: 1, LocalName: "comment_type" } && WxrNamespaces.IsWp(fields.NamespaceURI))
                return Kind(fields.ReadElementContentAsString());
        return "comment";
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
