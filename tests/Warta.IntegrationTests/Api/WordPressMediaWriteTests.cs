using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetVips;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Api;

/// <summary>The media library written through <c>/wp/v2/media</c>: both of WordPress's upload forms, the library's checks, its owners.</summary>
public class WordPressMediaWriteTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static byte[] Jpeg(int width, int height)
    {
        using var image = (Image.Black(width, height, bands: 3) + new double[] { 30, 120, 200 }).Cast(Enums.BandFormat.Uchar);
        return image.WriteToBuffer(".jpg");
    }

    /// <summary>A raw upload as WordPress documents it: the file as the body, its name in Content-Disposition.</summary>
    private static async Task<(HttpStatusCode, JsonElement)> RawAsync(HttpClient client, byte[] bytes, string? disposition, string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/wp-json/wp/v2/media" + query) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        if (disposition is not null) request.Content.Headers.TryAddWithoutValidation("Content-Disposition", disposition);
        var response = await client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static async Task<(HttpStatusCode, JsonElement)> MultipartAsync(HttpClient client, byte[] bytes, string fileName, params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        var response = await client.PostAsync("/wp-json/wp/v2/media", form);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task AnAuthor_UploadsBothWays_WithAltText_AndTheFileIsServed()
    {
        var author = await app.ApiClientAsync(NewsroomRoles.Author);
        var (raw, item) = await RawAsync(author, Jpeg(1200, 800), "attachment; filename=\"Banjir Bandang.JPG\"", "?alt_text=Warga%20mengungsi%20dengan%20perahu");
        Assert.Equal(HttpStatusCode.Created, raw);
        Assert.Equal("Warga mengungsi dengan perahu", item.GetProperty("alt_text").GetString());
        Assert.Equal(("image", "image/jpeg", 1200), (item.GetProperty("media_type").GetString(), item.GetProperty("mime_type").GetString(),
            item.GetProperty("media_details").GetProperty("width").GetInt32()));
        var served = await app.CreateReader().GetAsync(new Uri(item.GetProperty("source_url").GetString()!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);

        var (form, second) = await MultipartAsync(author, Jpeg(640, 480), "pasar.jpg", ("alt_text", "Pedagang di pasar pagi"), ("caption", "Pasar Baru, Senin pagi."), ("credit", "Foto: Redaksi"));
        Assert.Equal(HttpStatusCode.Created, form);
        Assert.Contains("Pasar Baru", second.GetProperty("caption").GetProperty("rendered").GetString(), StringComparison.Ordinal);
        var id = second.GetProperty("id").GetInt32();
        Assert.Contains("Redaksi", await app.WithDbAsync(db => db.MediaItems.Where(m => m.Id == id).Select(m => m.Credit).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUpload_GetsTheLibrarysChecks_WithClearWords()
    {
        var author = await app.ApiClientAsync(NewsroomRoles.Author);
        var (noAlt, missing) = await RawAsync(author, Jpeg(300, 200), "attachment; filename=foto.jpg");
        Assert.Equal(HttpStatusCode.BadRequest, noAlt);
        Assert.Contains("alt", missing.GetProperty("data").GetProperty("params").GetProperty("alt_text").GetString(), StringComparison.OrdinalIgnoreCase);

        var (fake, notImage) = await RawAsync(author, "bukan gambar, hanya teks"u8.ToArray(), "attachment; filename=palsu.jpg", "?alt_text=x");
        Assert.Equal(HttpStatusCode.BadRequest, fake);
        Assert.True(notImage.GetProperty("data").GetProperty("params").TryGetProperty("file", out _));

        var (unnamed, noName) = await RawAsync(author, Jpeg(300, 200), null, "?alt_text=x");
        Assert.Equal((HttpStatusCode.BadRequest, "rest_upload_no_content_disposition"), (unnamed, noName.GetProperty("code").GetString()));

        var (titled, title) = await MultipartAsync(author, Jpeg(300, 200), "a.jpg", ("alt_text", "x"), ("title", "Judul"));
        Assert.Equal(HttpStatusCode.BadRequest, titled);
        Assert.True(title.GetProperty("data").GetProperty("params").TryGetProperty("title", out _));
        Assert.Equal(0, await app.WithDbAsync(db => db.MediaItems.CountAsync(m => m.OriginalName == "palsu.jpg" || m.OriginalName == "a.jpg")));
    }

    [Fact]
    public async Task AnItem_IsChangedAndDeletedByItsOwnerOrAnEditor_NeverWhileAStoryUsesIt()
    {
        var owner = await app.ApiClientAsync(NewsroomRoles.Author);
        var other = await app.ApiClientAsync(NewsroomRoles.Author);
        var editor = await app.ApiClientAsync(NewsroomRoles.Editor);
        var (_, item) = await RawAsync(owner, Jpeg(400, 300), "attachment; filename=rapat.jpg", "?alt_text=Rapat%20dewan");
        var id = item.GetProperty("id").GetInt32();

        var (theirs, _) = await other.SendJsonAsync(HttpMethod.Post, $"/wp-json/wp/v2/media/{id}", new { alt_text = "Bukan milik saya" });
        Assert.Equal(HttpStatusCode.Forbidden, theirs);
        var (changed, after) = await owner.SendJsonAsync(HttpMethod.Post, $"/wp-json/wp/v2/media/{id}", new { alt_text = "Rapat paripurna dewan" });
        Assert.Equal(HttpStatusCode.OK, changed);
        Assert.Equal("Rapat paripurna dewan", after.GetProperty("alt_text").GetString());
        var (emptied, _) = await editor.SendJsonAsync(HttpMethod.Post, $"/wp-json/wp/v2/media/{id}", new { alt_text = " " });
        Assert.Equal(HttpStatusCode.BadRequest, emptied);

        var section = await A.Section().SaveAsync(app);
        var (posted, story) = await owner.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/posts",
            new { title = "Rapat dewan", content = "<p>Isi.</p>", featured_media = id, categories = new[] { section.Id } });
        Assert.True(posted == HttpStatusCode.Created, story.ToString());
        var (notForced, trash) = await owner.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/media/{id}");
        Assert.Equal((HttpStatusCode.NotImplemented, "rest_trash_not_supported"), (notForced, trash.GetProperty("code").GetString()));
        var (inUse, refusal) = await owner.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/media/{id}?force=true");
        Assert.Equal(HttpStatusCode.Conflict, inUse);
        Assert.Contains("Rapat dewan", refusal.GetProperty("message").GetString(), StringComparison.Ordinal);

        await owner.SendJsonAsync(HttpMethod.Post, $"/wp-json/wp/v2/posts/{story.GetProperty("id").GetInt32()}", new { featured_media = 0 });
        var (stranger, _) = await other.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/media/{id}?force=true");
        Assert.Equal(HttpStatusCode.Forbidden, stranger);
        var (deleted, gone) = await editor.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/media/{id}?force=true");
        Assert.Equal(HttpStatusCode.OK, deleted);
        Assert.True(gone.GetProperty("deleted").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync(new Uri(item.GetProperty("source_url").GetString()!).PathAndQuery)).StatusCode);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(NewsroomRoles.Moderator, HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Contributor, HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Author, HttpStatusCode.Created)]
    [InlineData(NewsroomRoles.Editor, HttpStatusCode.Created)]
    [InlineData(NewsroomRoles.Administrator, HttpStatusCode.Created)]
    public async Task Uploading_IsForThoseWhoUploadInTheBackOffice(string? role, HttpStatusCode expected)
    {
        var client = await app.ApiClientAsync(role);
        var (status, json) = await RawAsync(client, Jpeg(120, 80), "attachment; filename=uji.jpg", "?alt_text=Uji");
        Assert.True(expected == status, $"{role ?? "anonymous"}: {(int)status} {json}");
    }
}
