using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetVips;
using Warta.Web.Articles;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Newsroom;

public class MediaTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static byte[] Jpeg(int width, int height, bool withGps = false)
    {
        using var image = (Image.Black(width, height, bands: 3) + new double[] { 180, 90, 40 }).Cast(Enums.BandFormat.Uchar);
        if (!withGps) return image.WriteToBuffer(".jpg");
        using var tagged = image.Mutate(m =>
        {
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "S");
            m.Set(GValue.GStrType, "exif-ifd0-Artist", "Sumber Rahasia");
        });
        return tagged.WriteToBuffer(".jpg");
    }

    private static byte[] Png(int width, int height)
    {
        using var image = (Image.Black(width, height, bands: 3) + 30).Cast(Enums.BandFormat.Uchar);
        return image.WriteToBuffer(".png");
    }

    /// <summary>A real small PNG whose header then claims a huge canvas: a decompression bomb in miniature.</summary>
    private static byte[] PngClaiming(int width, int height)
    {
        var png = Png(4, 4);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    private static async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> UploadAsync(HttpClient client, byte[] bytes, string fileName, string alt = "Foto uji")
    {
        var page = Html.Parse(await client.GetStringAsync("/newsroom/media/"));
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(alt), "Alt" },
            { new StringContent("Keterangan uji"), "Caption" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        var response = await client.PostAsync("/newsroom/media/?handler=Upload", content);
        return (response, Html.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Upload_KeepsACleanOriginal_WithoutGps_AndResizedCopies()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var bytes = Jpeg(2000, 1200, withGps: true);
        using (var source = Image.NewFromBuffer(bytes)) Assert.Contains("exif-ifd3-GPSLatitudeRef", source.GetFields());

        var (response, page) = await UploadAsync(author, bytes, "pelabuhan.jpg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("pelabuhan.jpg sudah diunggah.", page.Text(".nr-ok"), StringComparison.Ordinal);
        var item = await app.WithDbAsync(db => db.MediaItems.OrderByDescending(m => m.Id).FirstAsync());
        Assert.Equal([320, 640, 1024, 1600], item.VariantWidths);
        var original = Path.Combine(app.DataDirectory, "media", item.Url["/media/".Length..]);
        using (var stored = Image.NewFromFile(original))
        {
            Assert.DoesNotContain(stored.GetFields(), f => f.StartsWith("exif", StringComparison.Ordinal));
            Assert.Equal(2000, stored.Width);
        }
        foreach (var width in item.VariantWidths)
        {
            using var variant = Image.NewFromFile(Path.Combine(app.DataDirectory, "media", item.VariantUrl(width)["/media/".Length..]));
            Assert.Equal(width, variant.Width);
            Assert.DoesNotContain(variant.GetFields(), f => f.StartsWith("exif", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("bukan-gambar.jpg", "teks", "tidak sesuai dengan jenisnya")]
    [InlineData("png-mengaku-jpeg.jpg", "png", "tidak sesuai dengan jenisnya")]
    [InlineData("dokumen.pdf", "teks", "tidak sesuai dengan jenisnya")]
    [InlineData("dokumen.docx", "teks", "Hanya gambar JPEG, PNG, WebP, GIF atau berkas PDF")]
    [InlineData("bom.png", "bom", "terlalu besar ukurannya")]
    [InlineData("rusak.jpg", "rusak", "rusak atau tidak dapat dibaca")]
    public async Task BadFiles_AreRefused_WithAClearMessage_AndNothingStored(string name, string kind, string message)
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var before = await app.WithDbAsync(db => db.MediaItems.CountAsync());
        var bytes = kind switch
        {
            "png" => Png(50, 50),
            "bom" => PngClaiming(30_000, 30_000),
            "rusak" => Jpeg(800, 600)[..1200],
            _ => "ini hanya teks biasa, bukan gambar"u8.ToArray(),
        };

        var (_, page) = await UploadAsync(author, bytes, name);

        Assert.Contains(message, page.Text(".nr-problem"), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }

    [Fact]
    public async Task ADocument_IsKeptAsItIs_AndListedAsAFile()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();

        var (_, page) = await UploadAsync(author, pdf, "putusan-sidang.pdf", alt: "Salinan putusan sidang");

        var item = await app.WithDbAsync(db => db.MediaItems.SingleAsync(m => m.OriginalName == "putusan-sidang.pdf"));
        Assert.Equal(("application/pdf", 0), (item.ContentType, item.Width));
        Assert.StartsWith("/media/files/", item.Url, StringComparison.Ordinal);
        Assert.Equal(pdf, await app.CreateReader().GetByteArrayAsync(item.Url));
        Assert.Equal(item.Url, page.QuerySelector(".media-file a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AltText_IsRequired_AndTheRestIsKept()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);

        var (_, page) = await UploadAsync(author, Jpeg(400, 300), "tanpa-alt.jpg", alt: "");

        Assert.Contains("Teks alternatif wajib diisi", page.Text(".nr-problem"), StringComparison.Ordinal);
        Assert.Equal("Keterangan uji", page.QuerySelector("#caption")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Contributors_CannotUpload()
    {
        var contributor = await app.CreateClientAsAsync(NewsroomRoles.Contributor);

        var response = await contributor.GetAsync("/newsroom/media/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/newsroom/ditolak/", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static async Task<AngleSharp.Dom.IDocument> DeleteAsync(HttpClient client, int id)
    {
        var page = Html.Parse(await client.GetStringAsync("/newsroom/media/"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync("/newsroom/media/?handler=Delete", new FormUrlEncodedContent([
            new("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", token)]));
        return Html.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<Warta.Web.Media.MediaItem> UploadedAsync(HttpClient client, string name, int width = 700)
    {
        var (_, page) = await UploadAsync(client, Jpeg(width, 400), name);
        Assert.Contains("sudah diunggah", page.Text(".nr-ok"), StringComparison.Ordinal);
        return await app.WithDbAsync(db => db.MediaItems.SingleAsync(m => m.OriginalName == name));
    }

    private string FileOf(Warta.Web.Media.MediaItem item) => Path.Combine(app.DataDirectory, "media", item.Url["/media/".Length..]);

    [Fact]
    public async Task AnImageInAStory_CannotBeDeleted_WhetherPublishedDraftOrTrashed_AndArticlesServeSrcset()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var item = await UploadedAsync(editor, $"dipakai-{Unique.Next()}.jpg", width: 1200);
        var article = await An.Article().WithImage(item.Url, "Foto dipakai").SaveAsync(app);

        var (_, articlePage) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));
        var srcset = articlePage.QuerySelector(".featured-image img")?.GetAttribute("srcset");
        Assert.Equal($"{item.VariantUrl(320)} 320w, {item.VariantUrl(640)} 640w, {item.VariantUrl(1024)} 1024w, {item.Url} 1200w", srcset);

        foreach (var status in new[] { ArticleStatus.Published, ArticleStatus.Draft, ArticleStatus.Trashed })
        {
            await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, status)));
            var refused = await DeleteAsync(editor, item.Id);
            Assert.Contains(article.Headline, refused.Text(".nr-problem"), StringComparison.Ordinal);
            Assert.True(File.Exists(FileOf(item)), status.ToString());
        }

        // A variant's address in the body counts as a use too.
        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.FeaturedImageUrl, (string?)null).SetProperty(a => a.Body, $"<p><img src=\"{item.VariantUrl(640)}\" alt=\"x\"></p>")));
        Assert.Contains(article.Headline, (await DeleteAsync(editor, item.Id)).Text(".nr-problem"), StringComparison.Ordinal);

        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Body, "<p>Tanpa gambar.</p>")));
        var deleted = await DeleteAsync(editor, item.Id);
        Assert.Contains($"{item.OriginalName} dihapus.", deleted.Text(".nr-ok"), StringComparison.Ordinal);
        Assert.False(File.Exists(FileOf(item)));
        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "media", item.VariantUrl(640)["/media/".Length..])));
    }

    [Theory]
    [InlineData("page", "dipakai halaman")]
    [InlineData("profile", "foto profil")]
    [InlineData("identity", "logo atau ikon situs")]
    public async Task AFileUsedByAPage_AProfile_OrTheSiteIdentity_CannotBeDeleted(string where, string message)
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var item = await UploadedAsync(editor, $"{where}-{Unique.Next()}.jpg");
        switch (where)
        {
            case "page":
                await app.WithDbAsync(async db =>
                {
                    db.Pages.Add(new Warta.Web.StaticPages.StaticPage { Slug = $"halaman-{Unique.Next()}", Title = "Tentang kami", Body = $"<p><img src=\"{item.Url}\" alt=\"Kantor\"></p>" });
                    await db.SaveChangesAsync();
                });
                break;
            case "profile":
                var author = await An.Author().SaveAsync(app);
                await app.WithDbAsync(db => db.Authors.Where(a => a.Id == author.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.PhotoUrl, item.VariantUrl(320))));
                break;
            default:
                await app.SetSiteAsync(s => s.PublisherLogoUrl = item.Url);
                break;
        }

        var refused = await DeleteAsync(editor, item.Id);

        Assert.Contains(message, refused.Text(".nr-problem"), StringComparison.Ordinal);
        Assert.True(File.Exists(FileOf(item)));
        Assert.True(await app.WithDbAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id)));
        if (where == "identity") await app.SetSiteAsync(s => s.PublisherLogoUrl = null);
    }

    [Fact]
    public async Task AnAuthor_DeletesOnlyTheirOwnFiles_AnEditorAnyone_AndEveryDeletionIsAudited()
    {
        var first = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var second = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var mine = await UploadedAsync(first, $"milik-pertama-{Unique.Next()}.jpg");
        var theirs = await UploadedAsync(first, $"milik-pertama-lagi-{Unique.Next()}.jpg");
        var own = await UploadedAsync(second, $"milik-kedua-{Unique.Next()}.jpg");

        var library = Html.Parse(await second.GetStringAsync("/newsroom/media/"));
        Assert.Null(library.QuerySelector($"form input[name=id][value='{mine.Id}']"));
        Assert.NotNull(library.QuerySelector($"form input[name=id][value='{own.Id}']"));

        var refused = await DeleteAsync(second, mine.Id);
        Assert.Contains("diunggah orang lain", refused.Text(".nr-problem"), StringComparison.Ordinal);
        Assert.True(File.Exists(FileOf(mine)));

        Assert.Contains("dihapus", (await DeleteAsync(second, own.Id)).Text(".nr-ok"), StringComparison.Ordinal);
        Assert.Contains("dihapus", (await DeleteAsync(first, mine.Id)).Text(".nr-ok"), StringComparison.Ordinal);
        Assert.Contains("dihapus", (await DeleteAsync(editor, theirs.Id)).Text(".nr-ok"), StringComparison.Ordinal);

        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "media.deleted").Select(e => e.Subject).ToListAsync());
        Assert.Contains(own.OriginalName, audited);
        Assert.Contains(mine.OriginalName, audited);
        Assert.Contains(theirs.OriginalName, audited);
    }
}

/// <summary>Big images are decoded a few at a time, however many arrive at once.</summary>
public class DecodeLimitTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task SixBigUploadsAtOnce_AreDecodedAtMostTwoAtATime_AndAllStored()
    {
        using var big = (NetVips.Image.Black(5000, 4000, bands: 3) + new double[] { 20, 120, 200 }).Cast(NetVips.Enums.BandFormat.Uchar);
        var jpeg = big.WriteToBuffer(".jpg");
        var clients = new List<HttpClient>();
        for (var i = 0; i < 6; i++) clients.Add(await app.CreateClientAsAsync(Warta.Web.Newsroom.Accounts.NewsroomRoles.Author));

        var uploads = clients.Select(async (client, i) =>
        {
            var page = Html.Parse(await client.GetStringAsync("/newsroom/media/"));
            var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent("Foto besar"), "Alt" },
            };
            content.Add(new ByteArrayContent(jpeg), "file", $"besar-{i}.jpg");
            var response = await client.PostAsync("/newsroom/media/?handler=Upload", content);
            return Html.Parse(await response.Content.ReadAsStringAsync()).Text(".nr-ok");
        }).ToList();
        var answers = await Task.WhenAll(uploads);

        Assert.All(answers, a => Assert.Contains("sudah diunggah", a, StringComparison.Ordinal));
        var gate = app.Services.GetRequiredService<Warta.Web.Media.DecodeGate>();
        Assert.Equal(2, gate.Peak); // Warta:Media:ConcurrentDecodes; six arrived together
    }
}
