using System.Globalization;
using System.Xml;

namespace Warta.Bench.Corpus;

/// <summary>
/// Writes a WordPress export (WXR 1.2) the size of a large newsroom's archive: nested categories, tags, authors,
/// posts in wpautop-style text (no &lt;p&gt;), threaded comments, attachments with featured images. For the import benchmark.
/// </summary>
internal static class WxrExport
{
    private const string Wp = "http://wordpress.org/export/1.2/";

    public static void Write(string path, int posts, int commentsPerPost)
    {
        var text = new IndonesianText(7);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        using var xml = XmlWriter.Create(path, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "excerpt", null, "http://wordpress.org/export/1.2/excerpt/");
        xml.WriteAttributeString("xmlns", "content", null, "http://purl.org/rss/1.0/modules/content/");
        xml.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
        xml.WriteAttributeString("xmlns", "wp", null, Wp);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", "Arsip Besar");
        xml.WriteElementString("link", "https://arsip.example");
        xml.WriteElementString("wxr_version", Wp, "1.2");
        xml.WriteElementString("base_site_url", Wp, "https://arsip.example");

        for (var a = 0; a < 40; a++)
        {
            xml.WriteStartElement("author", Wp);
            xml.WriteElementString("author_id", Wp, (a + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("author_login", Wp, $"penulis{a}");
            xml.WriteElementString("author_email", Wp, $"penulis{a}@arsip.example");
            xml.WriteElementString("author_display_name", Wp, $"Penulis {a}");
            xml.WriteEndElement();
        }
        string[] parents = ["nasional", "daerah", "ekonomi", "olahraga", "teknologi"];
        var categories = new List<string>(parents);
        foreach (var parent in parents) Category(xml, parent, null);
        for (var c = 0; c < 20; c++)
        {
            var slug = $"{parents[c % parents.Length]}-{c}";
            categories.Add(slug);
            Category(xml, slug, parents[c % parents.Length]);
        }

        var start = new DateTime(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var commentId = 1;
        for (var p = 0; p < posts; p++)
        {
            var id = 2 * p + 10;
            var published = start.AddMinutes(p * 97);
            // The featured image, as WordPress exports it: an attachment item before or after its post.
            xml.WriteStartElement("item");
            xml.WriteElementString("title", $"foto-{id}");
            xml.WriteElementString("post_id", Wp, (id + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("post_type", Wp, "attachment");
            xml.WriteElementString("status", Wp, "inherit");
            xml.WriteElementString("post_parent", Wp, id.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("attachment_url", Wp, $"https://arsip.example/wp-content/uploads/{published:yyyy/MM}/foto-{id}.jpg");
            xml.WriteEndElement();

            var headline = text.Headline();
            xml.WriteStartElement("item");
            xml.WriteElementString("title", headline);
            xml.WriteElementString("link", $"https://arsip.example/{published:yyyy/MM}/berita-{id}/");
            xml.WriteElementString("creator", "http://purl.org/dc/elements/1.1/", $"penulis{p % 40}");
            xml.WriteStartElement("encoded", "http://purl.org/rss/1.0/modules/content/");
            xml.WriteCData(string.Join("\n\n", Enumerable.Range(0, 5).Select(_ => text.Sentence(12, 30))));
            xml.WriteEndElement();
            xml.WriteStartElement("encoded", "http://wordpress.org/export/1.2/excerpt/");
            xml.WriteCData(text.Sentence());
            xml.WriteEndElement();
            xml.WriteElementString("post_id", Wp, id.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("post_date", Wp, published.AddHours(7).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            xml.WriteElementString("post_date_gmt", Wp, published.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            xml.WriteElementString("post_name", Wp, $"berita-{id}");
            xml.WriteElementString("status", Wp, p % 50 == 0 ? "draft" : "publish");
            xml.WriteElementString("post_parent", Wp, "0");
            xml.WriteElementString("post_type", Wp, "post");
            xml.WriteElementString("is_sticky", Wp, "0");
            var category = categories[p % categories.Count];
            xml.WriteStartElement("category");
            xml.WriteAttributeString("domain", "category");
            xml.WriteAttributeString("nicename", category);
            xml.WriteCData(category);
            xml.WriteEndElement();
            for (var t = 0; t < 3; t++)
            {
                var tag = $"tag-{(p * 7 + t * 131) % 2000}";
                xml.WriteStartElement("category");
                xml.WriteAttributeString("domain", "post_tag");
                xml.WriteAttributeString("nicename", tag);
                xml.WriteCData(tag);
                xml.WriteEndElement();
            }
            xml.WriteStartElement("postmeta", Wp);
            xml.WriteElementString("meta_key", Wp, "_thumbnail_id");
            xml.WriteElementString("meta_value", Wp, (id + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            for (var c = 0; c < commentsPerPost; c++, commentId++)
            {
                xml.WriteStartElement("comment", Wp);
                xml.WriteElementString("comment_id", Wp, commentId.ToString(CultureInfo.InvariantCulture));
                xml.WriteElementString("comment_author", Wp, $"Pembaca {commentId % 997}");
                xml.WriteElementString("comment_author_email", Wp, $"pembaca{commentId % 997}@contoh.example");
                xml.WriteElementString("comment_author_IP", Wp, "192.0.2.1");
                xml.WriteElementString("comment_date_gmt", Wp, published.AddMinutes(c + 5).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                xml.WriteElementString("comment_content", Wp, text.Sentence(6, 25));
                xml.WriteElementString("comment_approved", Wp, c % 10 == 9 ? "0" : "1");
                // Every third comment answers the one before it.
                xml.WriteElementString("comment_parent", Wp, c % 3 == 2 ? (commentId - 1).ToString(CultureInfo.InvariantCulture) : "0");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Category(XmlWriter xml, string slug, string? parent)
    {
        xml.WriteStartElement("category", Wp);
        xml.WriteElementString("category_nicename", Wp, slug);
        xml.WriteElementString("category_parent", Wp, parent ?? "");
        xml.WriteElementString("cat_name", Wp, char.ToUpperInvariant(slug[0]) + slug[1..]);
        xml.WriteEndElement();
    }
}
