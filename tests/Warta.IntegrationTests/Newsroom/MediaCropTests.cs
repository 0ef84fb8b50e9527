using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetVips;
using Warta.Web.Media;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Newsroom;

/// <summary>
/// Images as the editor handles them: uploaded from the story (JSON), picked from the library, their words changed
/// after upload, cut around a focal point for every frame readers and share cards see, and every use listed.
/// </summary>
public class MediaCropTests(WartaApp app) : IClassFixture<WartaApp>
{
    /// <summary>Three upright bands, red | green | blue, each <paramref name="band"/> pixels wide: where a crop was cut is plain from its colours.</summary>
    private static byte[] Bands(int band, int height)
    {
        using var red = (Image.Black(band, height, bands: 3) + new double[] { 255, 0, 0 }).Cast(Enums.BandFormat.Uchar);
        using var green = (Image.Black(band, height, bands: 3) + new double[] { 0, 255, 0 }).Cast(Enums.BandFormat.Uchar);
        using var blue = (Image.Black(band, height, bands: 3) + new double[] { 0, 0, 255 }).Cast(Enums.BandFormat.Uchar);
        using var two = red.Join(green, Enums.Direction.Horizontal);
        using var three = two.Join(blue, Enums.Direction.Horizontal);
        return three.WriteToBuffer(".png");
    }

    private static async Task<string> TokenAsync(HttpClient client, string page) =>
        Html.Parse(await client.GetStringAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task<HttpResponseMessage> UploadJsonAsync(HttpClient client, byte[] bytes, string name, string alt, string? caption = null,
        string? credit = null, bool withToken = true)
    {
        using var content = new MultipartFormDataContent { { new StringContent(alt), "Alt" } };
        if (withToken) content.Add(new StringContent(await TokenAsync(client, "/newsroom/artikel/tulis/")), "__RequestVerificationToken");
        if (caption is not null) content.Add(new StringContent(caption), "Caption");
        if (credit is not null) content.Add(new StringContent(credit), "Credit");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "file", name);
        return await client.PostAsync("/newsroom/media/?handler=Json", content);
    }

    private string FileOf(string url) => Path.Combine(app.DataDirectory, "media", url["/media/".Length..]);

    /// <summary>The colour at the middle of a stored crop: 'R', 'G' or 'B'.</summary>
    private char MiddleOf(string url)
    {
        // From the bytes, not the file name: libvips caches what it loaded by name, and a crop is replaced in place.
        using var image = Image.NewFromBuffer(File.ReadAllBytes(FileOf(url)));
        var pixel = image.Getpoint(image.Width / 2, image.Height / 2);
        return pixel[0] > 200 ? 'R' : pixel[1] > 200 ? 'G' : pixel[2] > 200 ? 'B' : '?';
    }

    private static (int Width, int Height) SizeOf(string path)
    {
        using var image = Image.NewFromBuffer(File.ReadAllBytes(path));
        return (image.Width, image.Height);
    }

    private static async Task<HttpResponseMessage> SaveItemAsync(HttpClient client, int id, string alt, string? caption, string? credit, string focusX, string focusY)
    {
        var token = await TokenAsync(client, $"/newsroom/media/{id}/");
        return await client.PostAsync($"/newsroom/media/{id}/", new FormUrlEncodedContent([
            new("Alt", alt), new("Caption", caption ?? ""), new("Credit", credit ?? ""), new("FocusX", focusX), new("FocusY", focusY),
            new("__RequestVerificationToken", token)]));
    }

    [Fact]
    public async Task AnImageUploadedFromTheEditor_IsCutToEveryFrame_AroundItsFocalPoint_AndMovingThePointCutsAgain()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var response = await UploadJsonAsync(author, Bands(1000, 1000), "tiga-warna.png", "Tiga pita warna", "Bendera uji", "Foto: Redaksi");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetInt32();
        var url = json.RootElement.GetProperty("url").GetString()!;
        Assert.Equal("Tiga pita warna", json.RootElement.GetProperty("alt").GetString());
        Assert.Equal("Bendera uji", json.RootElement.GetProperty("caption").GetString());
        Assert.Equal("Redaksi", json.RootElement.GetProperty("credit").GetString()); // the page adds "Foto:" itself

        // Every frame, at its size, cut around the middle to begin with: the green band.
        Assert.Equal((640, 360), SizeOf(FileOf(Crop.Card.UrlFor(url))));
        Assert.Equal((1024, 576), SizeOf(FileOf(Crop.Lead.UrlFor(url))));
        Assert.Equal((1200, 630), SizeOf(FileOf(Crop.Social.UrlFor(url))));
        Assert.Equal('G', MiddleOf(Crop.Social.UrlFor(url)));

        // The focal point on the left band, then on the right one: each frame is cut again there, at the same address.
        Assert.Equal(HttpStatusCode.Redirect, (await SaveItemAsync(author, id, "Tiga pita warna", "Bendera uji", "Redaksi", "5", "50")).StatusCode);
        Assert.Equal("RRR", string.Concat(Crop.All.Select(crop => MiddleOf(crop.UrlFor(url)))));
        Assert.Equal(HttpStatusCode.Redirect, (await SaveItemAsync(author, id, "Tiga pita warna", "Bendera uji", "Redaksi", "95", "50")).StatusCode);
        Assert.Equal("BBB", string.Concat(Crop.All.Select(crop => MiddleOf(crop.UrlFor(url)))));
        var focus = await app.WithDbAsync(db => db.MediaItems.Where(m => m.Id == id).Select(m => new { m.FocusX, m.FocusY }).SingleAsync());
        Assert.Equal((95, 50), (focus.FocusX, focus.FocusY));

        // Readers: the share card (og:image) is the 1200×630 cut, a list card the 640×360 one, the story itself the whole photo.
        var section = await A.Section().SaveAsync(app);
        var article = await An.Article().In(section).WithImage(url, "Tiga pita warna").SaveAsync(app);
        var (_, story) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));
        Assert.EndsWith(Crop.Social.UrlFor(url), story.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("summary_large_image", story.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Equal(url, story.QuerySelector(".featured-image img")!.GetAttribute("src"));
        var (_, list) = await app.CreateReader().GetPageAsync($"/rubrik/{section.Slug}/");
        Assert.Equal(Crop.Card.UrlFor(url), list.QuerySelector(".card-image img")!.GetAttribute("src"));
    }

    [Fact]
    public async Task AnUploadFromTheEditor_KeepsTheLibrarysRules_InItsAnswer()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var before = await app.WithDbAsync(db => db.MediaItems.CountAsync());

        var noAlt = await UploadJsonAsync(author, Bands(10, 10), "tanpa-alt.png", "  ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noAlt.StatusCode);
        using (var json = JsonDocument.Parse(await noAlt.Content.ReadAsStringAsync()))
            Assert.Contains("Teks alternatif wajib diisi", json.RootElement.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);

        var notAnImage = await UploadJsonAsync(author, "bukan gambar"u8.ToArray(), "palsu.png", "Palsu");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notAnImage.StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await UploadJsonAsync(author, Bands(10, 10), "tanpa-token.png", "Tanpa token", withToken: false)).StatusCode);
        var contributor = await app.CreateClientAsAsync(NewsroomRoles.Contributor);
        var refused = await UploadJsonAsync(contributor, Bands(10, 10), "kontributor.png", "Kontributor");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }

    [Fact]
    public async Task ThePicker_FindsLibraryImages_ByAltCaptionOrName_ForAnyoneWhoWrites_WithTheirWords()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var mark = Unique.Next();
        Assert.Equal(HttpStatusCode.OK, (await UploadJsonAsync(author, Bands(100, 60), $"pasar-{mark}.png", "Pedagang sayur", $"Pasar pagi {mark}", "Ani")).StatusCode);

        // A contributor may not upload, but picks what the library holds.
        var contributor = await app.CreateClientAsAsync(NewsroomRoles.Contributor);
        var found = await contributor.GetAsync($"/newsroom/media/pilih/?q={mark}");
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        using var json = JsonDocument.Parse(await found.Content.ReadAsStringAsync());
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("Pedagang sayur", item.GetProperty("alt").GetString());
        Assert.Equal($"Pasar pagi {mark}", item.GetProperty("caption").GetString());
        Assert.Equal("Ani", item.GetProperty("credit").GetString());
        Assert.Equal(0, JsonDocument.Parse(await contributor.GetStringAsync("/newsroom/media/pilih/?q=tidak-ada-yang-cocok-" + mark)).RootElement.GetArrayLength());

        // The contributor's editor has the picker but no upload part; an author's has both.
        var contributorEditor = Html.Parse(await contributor.GetStringAsync("/newsroom/artikel/tulis/"));
        Assert.NotNull(contributorEditor.QuerySelector("#media-picker"));
        Assert.Null(contributorEditor.QuerySelector("#media-file"));
        Assert.NotNull(Html.Parse(await author.GetStringAsync("/newsroom/artikel/tulis/")).QuerySelector("#media-picker #media-file"));
        // Signed out: nothing (the authorization matrix checks every role and anonymous readers).
    }

    [Fact]
    public async Task TheItemPage_ChangesWordsAfterUpload_RefusesBadInput_AndListsEveryUse()
    {
        var owner = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var upload = await UploadJsonAsync(owner, Bands(300, 300), "banjir.png", "Banjir di jalan");
        using var json = JsonDocument.Parse(await upload.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetInt32();
        var url = json.RootElement.GetProperty("url").GetString()!;

        var (_, unused) = await owner.GetPageAsync($"/newsroom/media/{id}/");
        Assert.Equal("Belum dipakai di mana pun.", unused.Text("[data-testid=media-unused]"));

        Assert.Equal(HttpStatusCode.Redirect, (await SaveItemAsync(owner, id, "Genangan di Jalan Sudirman", "Pagi tadi", "Foto: Budi", "50", "50")).StatusCode);
        var saved = await app.WithDbAsync(db => db.MediaItems.SingleAsync(m => m.Id == id));
        Assert.Equal(("Genangan di Jalan Sudirman", "Pagi tadi", "Budi"), (saved.Alt, saved.Caption, saved.Credit));

        // Bad input: a clear message, the page keeps what was typed, nothing changes.
        var noAlt = await SaveItemAsync(owner, id, " ", "Keterangan baru", "", "50", "50");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noAlt.StatusCode);
        var noAltPage = Html.Parse(await noAlt.Content.ReadAsStringAsync());
        Assert.Contains("Teks alternatif wajib diisi", noAltPage.Text(".nr-problem"), StringComparison.Ordinal);
        Assert.Equal("Keterangan baru", noAltPage.QuerySelector("#caption")!.GetAttribute("value"));
        var outside = await SaveItemAsync(owner, id, "Genangan", "", "", "140", "abc");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Contains("antara 0 dan 100", Html.Parse(await outside.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);
        Assert.Equal("Genangan di Jalan Sudirman", await app.WithDbAsync(db => db.MediaItems.Where(m => m.Id == id).Select(m => m.Alt).SingleAsync()));

        // Someone else's item: another author sees it but may not change it.
        var other = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var (_, othersView) = await other.GetPageAsync($"/newsroom/media/{id}/");
        Assert.Null(othersView.QuerySelector("#media-words"));
        var refused = await SaveItemAsync(other, id, "Diubah orang lain", "", "", "50", "50");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/newsroom/ditolak/", refused.Headers.Location!.ToString(), StringComparison.Ordinal);

        // Used by a story (its featured image, a draft too) and a page (a variant in its body): each listed with a link to its editor.
        var story = await An.Article().WithImage(url, "Banjir").WithStatus(Warta.Web.Articles.ArticleStatus.Draft).SaveAsync(app);
        var page = await app.WithDbAsync(async db =>
        {
            var p = new Warta.Web.StaticPages.StaticPage { Slug = $"laporan-{Unique.Next()}", Title = "Laporan banjir", Body = $"<p><img src=\"{Crop.Card.UrlFor(url)}\" alt=\"x\"></p>" };
            db.Pages.Add(p);
            await db.SaveChangesAsync();
            return p;
        });
        var (_, used) = await owner.GetPageAsync($"/newsroom/media/{id}/");
        var links = used.QuerySelectorAll("[data-testid=media-uses] a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([(story.Headline, $"/newsroom/artikel/tulis/{story.Id}/"), ("Laporan banjir", $"/newsroom/halaman/tulis/{page.Id}/")], links);
        Assert.Contains("Draf", used.Text("[data-testid=media-uses] li"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMediaCropsCommand_CutsImagesThatHaveNoCropsYet_AndSaysHowMany()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        using var json = JsonDocument.Parse(await (await UploadJsonAsync(author, Bands(1000, 1000), "lama.png", "Foto lama")).Content.ReadAsStringAsync());
        var url = json.RootElement.GetProperty("url").GetString()!;
        // As an image stored before crops existed: no crops on disk, shown whole.
        foreach (var crop in Crop.All) File.Delete(FileOf(crop.UrlFor(url)));
        Assert.Equal(url, app.Services.GetRequiredService<MediaCrops>().For(url, Crop.Social));
        // And one whose original file is gone.
        await app.WithDbAsync(async db =>
        {
            db.MediaItems.Add(new MediaItem { OriginalName = "hilang.png", Url = "/media/uploads/2020/01/hilang.png", ContentType = "image/png", Alt = "Hilang" });
            await db.SaveChangesAsync();
        });
        var images = await app.WithDbAsync(db => db.MediaItems.CountAsync(m => m.ContentType.StartsWith("image/")));

        var (exit, output, errors) = await AppCommand.RunAsync(null, "media", "crops", $"--Warta:DataDirectory={app.DataDirectory}");

        Assert.True(exit == 0, errors);
        Assert.Contains($"{images - 1} of {images} images cut to every frame", output, StringComparison.Ordinal);
        Assert.Equal((1200, 630), SizeOf(FileOf(Crop.Social.UrlFor(url))));
        Assert.Equal(Crop.Social.UrlFor(url), app.Services.GetRequiredService<MediaCrops>().For(url, Crop.Social));
    }
}
