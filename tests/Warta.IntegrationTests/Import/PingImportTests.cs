using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Comments;
using Warta.Web.Import.WordPress;

namespace Warta.IntegrationTests.Import;

/// <summary>
/// Pingbacks and trackbacks come across as what they are: listed under the story apart from readers' comments (or
/// not at all, a discussion setting), never counted, threaded or fed as comments. Other comment kinds a plugin wrote
/// are skipped with their reason.
/// </summary>
public class PingImportTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static string Comment(int id, string type, string author, string url, string text) => $"""
        <wp:comment><wp:comment_id>{id}</wp:comment_id><wp:comment_author><![CDATA[{author}]]></wp:comment_author>
        <wp:comment_author_email>{author.Replace(' ', '.')}@pengirim.example</wp:comment_author_email><wp:comment_author_url>{url}</wp:comment_author_url>
        <wp:comment_date_gmt>2024-03-01 0{id % 10}:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[{text}]]></wp:comment_content>
        <wp:comment_approved>1</wp:comment_approved><wp:comment_type>{type}</wp:comment_type><wp:comment_parent>0</wp:comment_parent></wp:comment>
        """;

    private async Task<ImportSummary> ImportAsync()
    {
        var file = Path.Combine(app.DataDirectory, "pings.xml");
        Directory.CreateDirectory(app.DataDirectory);
        await File.WriteAllTextAsync(file, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:wp="https://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><wp:wxr_version>1.2</wp:wxr_version>
            <item><title>Jembatan Gantung Diresmikan</title><content:encoded><![CDATA[<p>Warga menyeberang tanpa perahu.</p>]]></content:encoded>
            <wp:post_id>7301</wp:post_id><wp:post_name>jembatan-gantung</wp:post_name><wp:post_date_gmt>2024-03-01 01:00:00</wp:post_date_gmt>
            <wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:comment_status>open</wp:comment_status>
            {Comment(7311, "", "Bu Lastri", "", "Akhirnya anak-anak bisa sekolah.")}
            {Comment(7312, "pingback", "Blog Desa Sukamaju", "https://desa.example/jembatan/", "[&#8230;] diresmikan pagi ini [&#8230;]")}
            {Comment(7313, "Trackback", "Catatan Perjalanan", "https://jalan.example/catatan/", "Kami menulis tentang jembatan ini.")}
            {Comment(7314, "order_note", "Toko", "", "Pesanan dikirim.")}
            </item>
            </channel></rss>
            """);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportWordPressExport>().RunAsync(file, null, CancellationToken.None);
    }

    [Fact]
    public async Task Pings_AreListedApartFromComments_CountedAndFedAsNone_AndCanBeHidden()
    {
        var summary = await ImportAsync();

        var outcomes = summary.Outcomes.Where(o => o.IsComment).ToDictionary(o => o.WordPressId);
        Assert.Equal((ImportResult.Imported, "pingback"), (outcomes[7312].Result, outcomes[7312].Type));
        Assert.Equal(ImportResult.Imported, outcomes[7313].Result);
        Assert.Equal(ImportResult.Skipped, outcomes[7314].Result);
        Assert.Contains("order_note", outcomes[7314].Note, StringComparison.Ordinal);
        var kinds = await app.WithDbAsync(db => db.Comments.Where(c => c.WordPressId >= 7311 && c.WordPressId <= 7314)
            .ToDictionaryAsync(c => c.WordPressId!.Value, c => c.Kind));
        Assert.Equal(new Dictionary<int, CommentKind> { [7311] = CommentKind.Comment, [7312] = CommentKind.Pingback, [7313] = CommentKind.Trackback }, kinds);

        var article = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.WordPressId == 7301));
        var client = app.CreateReader();
        var (_, page) = await client.GetPageAsync(WartaApp.UrlOf(article));
        Assert.Equal("1 Komentar", page.QuerySelector("#comments-title")?.TextContent.Trim());
        Assert.Single(page.QuerySelectorAll(".comment-list .comment"));
        var pings = page.QuerySelectorAll(".pings .ping");
        Assert.Equal(["https://desa.example/jembatan/", "https://jalan.example/catatan/"], pings.Select(p => p.QuerySelector("a")?.GetAttribute("href")));
        Assert.Equal(["Pingback", "Trackback"], pings.Select(p => p.QuerySelector(".ping-kind")?.TextContent));
        Assert.DoesNotContain("pengirim.example", page.Source.Text, StringComparison.Ordinal);

        var feed = XDocument.Parse(await client.GetStringAsync(WartaApp.UrlOf(article) + "feed/"));
        Assert.Equal(["Bu Lastri"], feed.Descendants("item").Select(i => i.Elements().First(e => e.Name.LocalName == "creator").Value));
        // Listed with its count on its section's page (an imported category has no home block until an editor gives it one).
        var sectionSlug = await app.WithDbAsync(db => db.Sections.Where(s => s.Id == article.SectionId).Select(s => s.Slug).SingleAsync());
        var (_, home) = await client.GetPageAsync($"/rubrik/{sectionSlug}/");
        Assert.Contains(home.QuerySelectorAll(".comment-count"), c => c.GetAttribute("href")!.StartsWith(WartaApp.UrlOf(article), StringComparison.Ordinal) && c.TextContent.Trim() == "1 Komentar");

        await app.SetSiteAsync(s => s.ShowPings = false);
        var (_, hidden) = await client.GetPageAsync(WartaApp.UrlOf(article));
        Assert.Empty(hidden.QuerySelectorAll(".pings"));
        Assert.Single(hidden.QuerySelectorAll(".comment-list .comment"));
    }
}
