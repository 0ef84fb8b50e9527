using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// Streams a WordPress export with XmlReader, one item at a time, so memory stays bounded whatever the file's size.
/// DTDs are refused outright, which shuts out external entities (XXE) and entity-expansion bombs. Namespaces are
/// matched by what they are (wp, excerpt, content, dc, over http or https) whatever prefix and export version wrote
/// them (<see cref="WxrNamespaces"/>).
/// </summary>
public static class WxrReader
{

    public static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        // WordPress's own importer tolerates the odd invalid character in content; so do we.
        CheckCharacters = false,
        Async = false,
    };

    public static IEnumerable<WxrRecord> Read(Stream stream)
    {
        using var reader = XmlReader.Create(stream, Settings);
        var info = (IXmlLineInfo)reader;
        string? title = null, link = null, baseUrl = null, version = null, language = null;
        var siteSent = false;
        // ReadElementContentAsString and XNode.ReadFrom leave the reader on the node after the element, which may be the
        // next element itself when nothing separates them (a minified export, "</item><item>"): reading on from there
        // would step over it. So the reader only moves on when nothing has moved it already.
        var advanced = false;
        while (true)
        {
            WxrRecord? record = null;
            try
            {
                if (!advanced && !reader.Read()) break;
                if (advanced && reader.ReadState != ReadState.Interactive) break;
                advanced = false;
                if (reader.NodeType != XmlNodeType.Element) continue;
                var depth = reader.Depth;
                var ns = reader.NamespaceURI;
                var name = reader.LocalName;
                if (depth == 2 && ns.Length == 0 && name is "title" or "link" or "language")
                {
                    var value = reader.ReadElementContentAsString();
                    advanced = true;
                    if (name == "title") title = value; else if (name == "link") link = value; else language = value;
                }
                else if (depth == 2 && IsWp(ns) && name is "wxr_version" or "base_site_url")
                {
                    var value = reader.ReadElementContentAsString();
                    advanced = true;
                    if (name == "wxr_version") version = value; else baseUrl = value;
                }
                else if (depth == 2 && (IsWp(ns) && name is "author" or "category" or "tag" or "term" || (ns.Length == 0 && name == "item")))
                {
                    var element = (XElement)XNode.ReadFrom(reader);
                    advanced = true;
                    record = name switch
                    {
                        "author" => Author(element),
                        "category" => Category(element),
                        "tag" => Tag(element),
                        "term" => Term(element),
                        _ => Item(element),
                    };
                }
            }
            catch (XmlException e)
            {
                throw new WxrFormatException(e.Message, e.LineNumber, e.LinePosition, e);
            }
            catch (FormatException e)
            {
                throw new WxrFormatException(e.Message, info.LineNumber, info.LinePosition, e);
            }

            // The channel's own fields come before its first author, term or item: send them then.
            if (!siteSent && record is not null)
            {
                siteSent = true;
                yield return new WxrSite(title, link, baseUrl, version, language);
            }
            if (record is not null) yield return record;
        }
        if (version is null) throw new WxrFormatException("This is not a WordPress export (no wp:wxr_version).", info.LineNumber, info.LinePosition);
        if (!siteSent) yield return new WxrSite(title, link, baseUrl, version, language);
    }

    private static bool IsWp(string ns) => WxrNamespaces.IsWp(ns);

    private static XElement? Child(XElement parent, Func<string, bool> inNamespace, string name) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == name && inNamespace(e.Name.NamespaceName));

    private static string? Wp(XElement parent, string name) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == name && IsWp(e.Name.NamespaceName))?.Value;

    private static int? Int(string? value) => int.TryParse(value?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static WxrAuthor Author(XElement e) => new(
        Int(Wp(e, "author_id")), (Wp(e, "author_login") ?? "").Trim(), Wp(e, "author_email")?.Trim(),
        Wp(e, "author_display_name")?.Trim(), Wp(e, "author_first_name")?.Trim(), Wp(e, "author_last_name")?.Trim());

    private static WxrTerm Category(XElement e) => new(
        Int(Wp(e, "term_id")), "category", (Wp(e, "category_nicename") ?? "").Trim(), (Wp(e, "cat_name") ?? Wp(e, "category_nicename") ?? "").Trim(),
        NullIfEmpty(Wp(e, "category_parent")), NullIfEmpty(Wp(e, "category_description")));

    private static WxrTerm Tag(XElement e) => new(
        Int(Wp(e, "term_id")), "post_tag", (Wp(e, "tag_slug") ?? "").Trim(), (Wp(e, "tag_name") ?? Wp(e, "tag_slug") ?? "").Trim(),
        null, NullIfEmpty(Wp(e, "tag_description")));

    private static WxrTerm Term(XElement e) => new(
        Int(Wp(e, "term_id")), (Wp(e, "term_taxonomy") ?? "").Trim(), (Wp(e, "term_slug") ?? "").Trim(), (Wp(e, "term_name") ?? Wp(e, "term_slug") ?? "").Trim(),
        NullIfEmpty(Wp(e, "term_parent")), NullIfEmpty(Wp(e, "term_description")));

    private static WxrItem Item(XElement e)
    {
        string? Plain(string name) => e.Element(name)?.Value;
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in e.Elements().Where(x => x.Name.LocalName == "postmeta" && IsWp(x.Name.NamespaceName)))
            if (Wp(m, "meta_key") is { } key) meta[key] = Wp(m, "meta_value") ?? "";
        var terms = e.Elements("category")
            .Select(c => new WxrItemTerm((string?)c.Attribute("domain") ?? "category", ((string?)c.Attribute("nicename") ?? "").Trim(), c.Value.Trim()))
            .ToList();
        var comments = e.Elements().Where(x => x.Name.LocalName == "comment" && IsWp(x.Name.NamespaceName))
            .Select(c => new WxrComment(
                Int(Wp(c, "comment_id")) ?? 0, Wp(c, "comment_author")?.Trim(), NullIfEmpty(Wp(c, "comment_author_email")), NullIfEmpty(Wp(c, "comment_author_url")),
                NullIfEmpty(Wp(c, "comment_author_IP")), Wp(c, "comment_date"), Wp(c, "comment_date_gmt"), Wp(c, "comment_content") ?? "",
                (Wp(c, "comment_approved") ?? "0").Trim(), NullIfEmpty(Wp(c, "comment_type")), Int(Wp(c, "comment_parent")) ?? 0, Int(Wp(c, "comment_user_id")) ?? 0))
            .ToList();
        var excerpt = Child(e, WxrNamespaces.IsExcerpt, "encoded")?.Value;
        return new WxrItem(
            Int(Wp(e, "post_id")) ?? 0, (Wp(e, "post_type") ?? "post").Trim(), (Wp(e, "status") ?? "draft").Trim(), Plain("title"), Plain("link"), Plain("guid"),
            // Exports written by some plugins put the author on several lines.
            Child(e, WxrNamespaces.IsDublinCore, "creator")?.Value.Trim(), Child(e, WxrNamespaces.IsContent, "encoded")?.Value ?? "", NullIfEmpty(excerpt),
            Wp(e, "post_date"), Wp(e, "post_date_gmt"), NullIfEmpty(Wp(e, "post_name")), Int(Wp(e, "post_parent")) ?? 0,
            Wp(e, "is_sticky")?.Trim() == "1", NullIfEmpty(Wp(e, "attachment_url")), terms, meta, comments)
        {
            // An empty password is WordPress's "not protected"; surrounding spaces belong to it (WordPress keeps them).
            Password = Wp(e, "post_password") is { Length: > 0 } password && !string.IsNullOrWhiteSpace(password) ? password : null,
            CommentsOpen = (Wp(e, "comment_status")?.Trim() ?? "open") == "open",
            PingsOpen = (Wp(e, "ping_status")?.Trim() ?? "open") == "open",
            MenuOrder = Int(Wp(e, "menu_order")) ?? 0,
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
