using System.Text;
using System.Xml;

namespace Warta.Web.Sitemaps;

/// <summary>Writes sitemaps (sitemaps.org 0.9, with Google News' extension) through XmlWriter, well-formed by construction.</summary>
public static class SitemapXml
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

    public sealed record Entry(string Location, string? LastModified);

    public sealed record NewsEntry(string Location, string Title, string Language, string PublicationDate);

    public static byte[] Index(IEnumerable<Entry> sitemaps) => Write(w =>
    {
        w.WriteStartElement("sitemapindex", Namespace);
        foreach (var s in sitemaps)
        {
            w.WriteStartElement("sitemap", Namespace);
            w.WriteElementString("loc", Namespace, s.Location);
            if (s.LastModified is { } lm) w.WriteElementString("lastmod", Namespace, lm);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    public static byte[] UrlSet(IEnumerable<Entry> urls) => Write(w =>
    {
        w.WriteStartElement("urlset", Namespace);
        foreach (var u in urls)
        {
            w.WriteStartElement("url", Namespace);
            w.WriteElementString("loc", Namespace, u.Location);
            if (u.LastModified is { } lm) w.WriteElementString("lastmod", Namespace, lm);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    public static byte[] News(string publicationName, IEnumerable<NewsEntry> articles) => Write(w =>
    {
        w.WriteStartElement("urlset", Namespace);
        w.WriteAttributeString("xmlns", "news", null, NewsNamespace);
        foreach (var a in articles)
        {
            w.WriteStartElement("url", Namespace);
            w.WriteElementString("loc", Namespace, a.Location);
            w.WriteStartElement("news", "news", NewsNamespace);
            w.WriteStartElement("news", "publication", NewsNamespace);
            w.WriteElementString("news", "name", NewsNamespace, publicationName);
            w.WriteElementString("news", "language", NewsNamespace, a.Language);
            w.WriteEndElement();
            w.WriteElementString("news", "publication_date", NewsNamespace, a.PublicationDate);
            w.WriteElementString("news", "title", NewsNamespace, a.Title);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }
}
