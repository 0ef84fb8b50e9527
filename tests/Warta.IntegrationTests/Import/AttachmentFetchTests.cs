using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Warta.Web.Import.WordPress;

namespace Warta.IntegrationTests.Import;

/// <summary>
/// The old site's files, served from 127.0.0.1 by a server of the test's own: an image to fetch, one that is gone,
/// one that only claims to be an image.
/// </summary>
public sealed class OldSiteFiles : IAsyncLifetime
{
    private WebApplication? server;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        server = builder.Build();
        var png = (NetVips.Image.Black(400, 300) + 120).Cast(NetVips.Enums.BandFormat.Uchar).WriteToBuffer(".png");
        server.MapGet("/wp-content/uploads/2024/06/pantai.png", () => Results.Bytes(png, "image/png"));
        server.MapGet("/wp-content/uploads/2024/06/palsu.jpg", () => Results.Text("ini bukan gambar", "image/jpeg"));
        server.MapGet("/wp-content/uploads/2024/06/laporan.pdf", () => Results.Bytes("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray(), "application/pdf"));
        server.MapGet("/wp-content/uploads/2024/06/wawancara.mp3", () => Results.Bytes([.. "ID3"u8, 3, 0, 0, 0, 0, 0, 0, .. new byte[512]], "audio/mpeg"));
        server.MapGet("/wp-content/uploads/2024/06/palsu.pdf", () => Results.Text("<html>bukan dokumen</html>", "application/pdf"));
        await server.StartAsync();
        BaseUrl = server.Urls.First();
    }

    public async Task DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
    }
}

public class AttachmentFetchTests(WartaApp app, OldSiteFiles old) : IClassFixture<WartaApp>, IClassFixture<OldSiteFiles>
{
    private async Task<(string File, ImportSummary Summary)> ImportAsync(int first, FetchOptions fetch)
    {
        var (post, image, gone, fake) = (first, first + 1, first + 2, first + 3);
        var uploads = old.BaseUrl + "/wp-content/uploads/2024/06/";
        var file = Path.Combine(app.DataDirectory, $"lampiran-{first}.xml");
        Directory.CreateDirectory(app.DataDirectory);
        await File.WriteAllTextAsync(file, $$"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">
            <channel><wp:wxr_version>1.2</wp:wxr_version>
            <item><title>Pantai Berkabut {{post}}</title><content:encoded><![CDATA[Pagi di pantai.

            <img src="{{uploads}}pantai-300x225.png" alt="Pantai" width="300" height="225" />

            [gallery ids="{{image}},{{gone}}"]]]></content:encoded>
            <wp:post_id>{{post}}</wp:post_id><wp:post_date_gmt>2024-06-01 01:00:00</wp:post_date_gmt><wp:post_name>pantai-berkabut-{{post}}</wp:post_name>
            <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
            <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>{{image}}</wp:meta_value></wp:postmeta></item>
            <item><title>pantai</title><excerpt:encoded><![CDATA[Kabut tipis menutup pantai.]]></excerpt:encoded><wp:post_id>{{image}}</wp:post_id><wp:post_parent>{{post}}</wp:post_parent>
            <wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type><wp:attachment_url>{{uploads}}pantai.png</wp:attachment_url>
            <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>Pantai di pagi hari</wp:meta_value></wp:postmeta></item>
            <item><title>hilang</title><wp:post_id>{{gone}}</wp:post_id><wp:post_parent>{{post}}</wp:post_parent>
            <wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type><wp:attachment_url>{{uploads}}hilang.jpg</wp:attachment_url></item>
            <item><title>palsu</title><wp:post_id>{{fake}}</wp:post_id><wp:post_parent>{{post}}</wp:post_parent>
            <wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type><wp:attachment_url>{{uploads}}palsu.jpg</wp:attachment_url></item>
            </channel></rss>
            """);
        await using var scope = app.Services.CreateAsyncScope();
        return (file, await scope.ServiceProvider.GetRequiredService<ImportWordPressExport>().RunAsync(file, null, CancellationToken.None, fetch: fetch));
    }

    [Fact]
    public async Task ImagesAreFetchedIntoTheMediaLibrary_AndEveryUse_IncludingSizedVariants_PointsThere()
    {
        var (_, summary) = await ImportAsync(8100, new FetchOptions { AllowPrivateAddresses = true });

        var media = await app.WithDbAsync(db => db.MediaItems.SingleAsync(m => m.Alt == "Pantai di pagi hari"));
        Assert.Equal("Kabut tipis menutup pantai.", media.Caption);
        Assert.StartsWith("/media/uploads/", media.Url, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "media", media.Url["/media/".Length..])));
        var story = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.WordPressId == 8100));
        Assert.Equal(media.Url, story.FeaturedImageUrl);
        Assert.DoesNotContain("pantai", story.Body.Replace(media.Url, "", StringComparison.Ordinal).Replace("Pagi di pantai", "", StringComparison.Ordinal).Replace("alt=\"Pantai", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(2, story.Body.Split(media.Url).Length - 1); // the inline 300x225 variant and the gallery

        Assert.Contains(summary.Notes, n => n.StartsWith("#8102 ", StringComparison.Ordinal) && n.Contains("HTTP 404", StringComparison.Ordinal) && n.Contains("used by #8100", StringComparison.Ordinal));
        Assert.Contains(summary.Notes, n => n.StartsWith("#8103 ", StringComparison.Ordinal) && n.Contains("not a usable image", StringComparison.Ordinal));
        Assert.Contains(summary.Outcomes, o => o.WordPressId == 8101 && (o.Note ?? "").Contains("fetched", StringComparison.Ordinal));

        var (page, html) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(story));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var outer = html.QuerySelector("article.article")!.OuterHtml; var at = outer.IndexOf(old.BaseUrl + "/wp-content/uploads/2024/06/pantai", StringComparison.Ordinal);
        Assert.True(at < 0, at < 0 ? "" : outer[Math.Max(0, at - 300)..Math.Min(outer.Length, at + 200)]);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().GetAsync(media.Url)).StatusCode);
    }

    [Fact]
    public async Task DocumentsAndSound_AreKeptAsFiles_TheirTypeChecked_AndOnlyLocalFilesGetAPlayer()
    {
        var uploads = old.BaseUrl + "/wp-content/uploads/2024/06/";
        var file = Path.Combine(app.DataDirectory, "berkas.xml");
        Directory.CreateDirectory(app.DataDirectory);
        static string Attachment(int id, string title, string url) => $"""
            <item><title>{title}</title><wp:post_id>{id}</wp:post_id><wp:post_parent>8300</wp:post_parent><wp:status>inherit</wp:status>
            <wp:post_type>attachment</wp:post_type><wp:attachment_url>{url}</wp:attachment_url></item>
            """;
        await File.WriteAllTextAsync(file, $$"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><wp:wxr_version>1.2</wp:wxr_version>
            <item><title>Sidang Anggaran Desa</title><content:encoded><![CDATA[Unduh <a href="{{uploads}}laporan.pdf">laporan lengkap</a>.

            [audio mp3="{{uploads}}wawancara.mp3"][/audio]

            [video src="https://video.example/rekaman-sidang.mp4"]

            Lampiran lain: <a href="{{uploads}}palsu.pdf">dokumen</a>.]]></content:encoded>
            <wp:post_id>8300</wp:post_id><wp:post_date_gmt>2024-06-02 01:00:00</wp:post_date_gmt><wp:post_name>sidang-anggaran-desa</wp:post_name>
            <wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
            {{Attachment(8301, "Laporan anggaran", uploads + "laporan.pdf")}}
            {{Attachment(8302, "Wawancara kepala desa", uploads + "wawancara.mp3")}}
            {{Attachment(8303, "Dokumen palsu", uploads + "palsu.pdf")}}
            </channel></rss>
            """);
        ImportSummary summary;
        await using (var scope = app.Services.CreateAsyncScope())
            summary = await scope.ServiceProvider.GetRequiredService<ImportWordPressExport>().RunAsync(file, null, CancellationToken.None, fetch: new FetchOptions { AllowPrivateAddresses = true });

        var files = await app.WithDbAsync(db => db.MediaItems.Where(m => m.Url.StartsWith("/media/files/")).ToDictionaryAsync(m => m.ContentType));
        Assert.Equal(["application/pdf", "audio/mpeg"], files.Keys.Order());
        Assert.Equal("Laporan anggaran", files["application/pdf"].Alt);
        Assert.Contains(summary.Notes, n => n.StartsWith("#8303 ", StringComparison.Ordinal) && n.Contains("not a usable file", StringComparison.Ordinal));

        var story = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.WordPressId == 8300));
        var client = app.CreateReader();
        var (_, page) = await client.GetPageAsync(WartaApp.UrlOf(story));
        var body = page.QuerySelector(".article-body")!;
        Assert.Contains(body.QuerySelectorAll("a"), a => a.GetAttribute("href") == files["application/pdf"].Url && a.TextContent == "laporan lengkap");
        var player = Assert.Single(body.QuerySelectorAll("audio"));
        Assert.Equal(files["audio/mpeg"].Url, player.GetAttribute("src"));
        Assert.True(player.HasAttribute("controls"));
        // A player for a file elsewhere would call that site on every view: it is a link instead.
        Assert.Empty(body.QuerySelectorAll("video"));
        Assert.Contains(body.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://video.example/rekaman-sidang.mp4");
        Assert.Contains(body.QuerySelectorAll("a"), a => a.GetAttribute("href") == uploads + "palsu.pdf");
        var pdf = await client.GetAsync(files["application/pdf"].Url);
        Assert.Equal((HttpStatusCode.OK, "application/pdf"), (pdf.StatusCode, pdf.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task ALoopbackAddress_IsRefused_UnlessTheImportAllowsIt()
    {
        var before = await app.WithDbAsync(db => db.MediaItems.CountAsync());

        var (_, summary) = await ImportAsync(8200, FetchOptions.Default);

        Assert.Equal(before, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
        Assert.Contains(summary.Notes, n => n.StartsWith("#8201 ", StringComparison.Ordinal) && n.Contains("loopback or private", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.9", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946", true)]
    public void OnlyPublicAddresses_AreFetchedFrom_ByDefault(string address, bool isPublic) =>
        Assert.Equal(isPublic, AttachmentFetcher.IsPublic(IPAddress.Parse(address)));
}
