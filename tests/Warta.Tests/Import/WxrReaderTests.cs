using Warta.Web.Import.WordPress;

namespace Warta.Tests.Import;

public class WxrReaderTests
{
    private static List<WxrRecord> Read(string fixture)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Import", "fixtures", fixture));
        return WxrReader.Read(stream).ToList();
    }

    [Fact]
    public void Reads_SiteAuthorsTermsPostsPagesAttachmentsAndComments()
    {
        var records = Read("warta-export-1.2.xml");

        var site = Assert.IsType<WxrSite>(records[0]);
        Assert.Equal(("Kabar Lama", "1.2", "https://kabarlama.example"), (site.Title, site.WxrVersion, site.BaseSiteUrl));
        var author = Assert.Single(records.OfType<WxrAuthor>());
        Assert.Equal(("rina", "rina@kabarlama.example", "Rina Handayani"), (author.Login, author.Email, author.DisplayName));
        var terms = records.OfType<WxrTerm>().ToList();
        Assert.Equal("nasional", terms.Single(t => t.Slug == "hukum").ParentSlug);
        Assert.Contains(terms, t => t is { Taxonomy: "post_tag", Slug: "banjir", Name: "Banjir" });
        Assert.Contains(terms, t => t is { Taxonomy: "nav_menu", Slug: "utama" });

        var items = records.OfType<WxrItem>().ToList();
        Assert.Equal(["post", "page", "attachment"], items.Select(i => i.PostType));
        var post = items[0];
        Assert.Equal((101, "publish", "banjir-rob", "rina", true), (post.PostId, post.Status, post.Slug, post.Creator, post.IsSticky));
        Assert.Equal("2024-06-19 01:15:00", post.PostDateGmt);
        Assert.Equal("Ringkasan singkat.", post.Excerpt);
        Assert.Contains("\\back\\slashes\\ serta \\/ garis", post.Content, StringComparison.Ordinal);
        Assert.Equal("201", post.Meta["_thumbnail_id"]);
        Assert.Equal([("category", "hukum"), ("post_tag", "banjir")], post.Terms.Select(t => (t.Domain, t.Slug)));
        Assert.Equal([(501, 0, "1"), (502, 501, "0")], post.Comments.Select(c => (c.Id, c.Parent, c.Approved)));
        Assert.Equal("192.0.2.10", post.Comments[0].AuthorIp);
        Assert.Equal("https://kabarlama.example/wp-content/uploads/2024/06/foto-banjir.jpg", items[2].AttachmentUrl);
        Assert.Equal(101, items[2].Parent);
    }

    [Fact]
    public void Reads_Wxr10_AndMissingOptionalTags()
    {
        var item = Assert.Single(Read("warta-export-1.0.xml").OfType<WxrItem>());

        Assert.Equal((5, "draft", "berita-lama", "admin"), (item.PostId, item.Status, item.Slug, item.Creator));
        Assert.Null(item.Excerpt);
        Assert.Null(item.PostDateGmt);
        Assert.Empty(item.Comments);
    }

    [Theory]
    [InlineData("xxe.xml")]
    [InlineData("laughs.xml")]
    public void DocumentTypeDeclarations_AreRefused_SoNoEntityIsEverExpanded(string fixture)
    {
        var error = Assert.Throws<WxrFormatException>(() => Read(fixture));

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedXml_IsReported_WithLineAndColumn()
    {
        var error = Assert.Throws<WxrFormatException>(() => Read("broken.xml"));

        Assert.Equal(10, error.Line);
        Assert.True(error.Column > 0);
    }

    [Fact]
    public void AFeedThatIsNotAWordPressExport_IsRefused()
    {
        var error = Assert.Throws<WxrFormatException>(() => Read("not-wordpress.xml"));

        Assert.Contains("not a WordPress export", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>What the world varies in real exports: http or https namespaces, any prefix, pretty or minified.</summary>
public class WxrReaderVariationTests
{
    private static string Export(string scheme, string wpPrefix, int posts, bool minified)
    {
        var wp = wpPrefix;
        var items = string.Concat(Enumerable.Range(1, posts).Select(i => $"""
            <item>
              <title>Berita {i}</title>
              <link>https://lama.example/?p={i}</link>
              <dc:creator><![CDATA[rina]]></dc:creator>
              <content:encoded><![CDATA[<p>Isi berita {i}.</p>]]></content:encoded>
              <excerpt:encoded><![CDATA[Ringkasan {i}]]></excerpt:encoded>
              <{wp}:post_id>{i}</{wp}:post_id>
              <{wp}:post_date_gmt>2024-06-19 01:15:00</{wp}:post_date_gmt>
              <{wp}:post_name>berita-{i}</{wp}:post_name>
              <{wp}:status>publish</{wp}:status>
              <{wp}:post_type>{(i % 5 == 0 ? "page" : "post")}</{wp}:post_type>
              <{wp}:post_password>{(i == 3 ? "rahasia" : "")}</{wp}:post_password>
              <{wp}:comment>
                <{wp}:comment_id>{1000 + i}</{wp}:comment_id>
                <{wp}:comment_content><![CDATA[Komentar {i}]]></{wp}:comment_content>
                <{wp}:comment_approved>1</{wp}:comment_approved>
              </{wp}:comment>
            </item>
            """));
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:excerpt="{scheme}://wordpress.org/export/1.2/excerpt/" xmlns:content="{scheme}://purl.org/rss/1.0/modules/content/"
              xmlns:wfw="{scheme}://wellformedweb.org/CommentAPI/" xmlns:dc="{scheme}://purl.org/dc/elements/1.1/" xmlns:{wp}="{scheme}://wordpress.org/export/1.2/">
            <channel>
              <title>Kabar Lama</title>
              <{wp}:wxr_version>1.2</{wp}:wxr_version>
              <{wp}:base_site_url>https://lama.example</{wp}:base_site_url>
              <{wp}:author><{wp}:author_login>rina</{wp}:author_login></{wp}:author>
              <{wp}:category><{wp}:category_nicename>nasional</{wp}:category_nicename><{wp}:cat_name>Nasional</{wp}:cat_name></{wp}:category>
              {items}
            </channel>
            </rss>
            """;
        return minified ? System.Text.RegularExpressions.Regex.Replace(xml, @">\s+<", "><") : xml;
    }

    private static List<WxrRecord> Read(string xml) =>
        WxrReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml))).ToList();

    [Theory]
    [InlineData("http", "wp", false)]
    [InlineData("https", "wp", false)]
    [InlineData("https", "wp", true)]
    [InlineData("http", "wp", true)]
    [InlineData("https", "wordpress", true)]
    [InlineData("http", "x", false)]
    public void EveryItemAndTerm_IsRead_WhateverTheSchemePrefixAndLayout(string scheme, string prefix, bool minified)
    {
        var records = Read(Export(scheme, prefix, posts: 67, minified));

        var site = Assert.IsType<WxrSite>(records[0]);
        Assert.Equal(("Kabar Lama", "1.2"), (site.Title, site.WxrVersion));
        Assert.Single(records.OfType<WxrAuthor>());
        Assert.Single(records.OfType<WxrTerm>());
        var items = records.OfType<WxrItem>().ToList();
        Assert.Equal(Enumerable.Range(1, 67), items.Select(i => i.PostId));
        Assert.Equal(13, items.Count(i => i.PostType == "page"));
        Assert.All(items, i => Assert.Equal($"<p>Isi berita {i.PostId}.</p>", i.Content));
        Assert.All(items, i => Assert.Equal($"Ringkasan {i.PostId}", i.Excerpt));
        Assert.All(items, i => Assert.Equal("rina", i.Creator));
        Assert.All(items, i => Assert.Equal(1000 + i.PostId, Assert.Single(i.Comments).Id));
        Assert.Equal("rahasia", items.Single(i => i.PostId == 3).Password);
        Assert.All(items.Where(i => i.PostId != 3), i => Assert.Null(i.Password));
    }
}
