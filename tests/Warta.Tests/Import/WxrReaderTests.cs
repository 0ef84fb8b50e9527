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
