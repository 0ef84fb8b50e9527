using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Import;

/// <summary>The back-office upload: the import runs in the background and the page follows it to its summary.</summary>
public class ImportPageTests(WartaApp app) : IClassFixture<WartaApp>
{
    private sealed record Progress(int Done, int Total, bool Finished, string Text);

    private static Task<HttpResponseMessage> UploadAsync(HttpClient admin, string fixture) =>
        UploadAsync(admin, fixture, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Import", "fixtures", fixture)));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, string name, byte[] bytes)
    {
        var page = Html.Parse(await admin.GetStringAsync("/newsroom/impor/"));
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(bytes), "file", name);
        return await admin.PostAsync("/newsroom/impor/", form);
    }

    /// <summary>The mapping step, answered with <paramref name="choices"/> (category slug → choice) or its defaults.</summary>
    private static async Task<HttpResponseMessage> MapAsync(HttpClient admin, HttpResponseMessage upload, IReadOnlyDictionary<string, string>? choices = null)
    {
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Contains("tahap=", upload.Headers.Location!.ToString(), StringComparison.Ordinal);
        var step = Html.Parse(await admin.GetStringAsync(upload.Headers.Location));
        var form = step.QuerySelector("form.imp-map")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)).ToList();
        foreach (var select in form.QuerySelectorAll("select"))
        {
            var slug = select.GetAttribute("name")!["peta[".Length..^1];
            var value = choices?.GetValueOrDefault(slug) ?? (select.QuerySelector("option[selected]") ?? select.QuerySelector("option"))!.GetAttribute("value")!;
            fields.Add(new(select.GetAttribute("name")!, value));
        }
        return await admin.PostAsync("/newsroom/impor/?handler=Start", new FormUrlEncodedContent(fields));
    }

    private static async Task<string> WaitUntilFinishedAsync(HttpClient admin, Uri jobPage)
    {
        var progressUrl = Html.Parse(await (await admin.GetAsync(jobPage)).Content.ReadAsStringAsync()).QuerySelector("[data-import-progress]")?.GetAttribute("data-import-progress");
        for (var i = 0; progressUrl is not null && i < 300; i++)
        {
            var state = await admin.GetFromJsonAsync<Progress>(progressUrl);
            if (state!.Finished) break;
            Assert.True(state.Done <= state.Total);
            await Task.Delay(100);
        }
        return await (await admin.GetAsync(jobPage)).Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task AnUpload_RunsInTheBackground_AndThePageFollowsItToTheSummary()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);

        var upload = await MapAsync(admin, await UploadAsync(admin, "warta-export-1.2.xml"));

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var jobPage = new Uri(new Uri("http://localhost"), upload.Headers.Location!);
        Assert.Contains("job=", jobPage.Query, StringComparison.Ordinal);
        var done = Html.Parse(await WaitUntilFinishedAsync(admin, jobPage));
        Assert.Contains("Selesai: 1 artikel, 1 halaman, 2 komentar", done.Text(".nr-ok"), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.WordPressId == 101)));
        // The form is back for the next file.
        Assert.NotNull(done.QuerySelector("main form input[type=file]"));
    }

    [Fact]
    public async Task AMalformedUpload_IsRefusedWithLineAndColumn_AndNothingChanges()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var before = await app.WithDbAsync(db => db.Articles.CountAsync());

        var upload = await UploadAsync(admin, "broken.xml");
        var jobPage = new Uri(new Uri("http://localhost"), upload.Headers.Location!);
        await WaitUntilFinishedAsync(admin, jobPage);
        var refused = await admin.GetAsync(jobPage);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("baris 10", Html.Parse(await refused.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Articles.CountAsync()));
    }

    private static byte[] Export(string items) => System.Text.Encoding.UTF8.GetBytes($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><wp:wxr_version>1.2</wp:wxr_version>
        <wp:category><wp:category_nicename>kabar-daerah</wp:category_nicename><wp:cat_name>Kabar Daerah</wp:cat_name></wp:category>
        {items}
        </channel></rss>
        """);

    private static string Post(int id, params string[] categories) => $"""
        <item><title>Kiriman {id}</title><content:encoded>Isi {id}.</content:encoded><wp:post_id>{id}</wp:post_id><wp:post_name>kiriman-peta-{id}</wp:post_name>
        <wp:post_date_gmt>2024-04-01 01:00:00</wp:post_date_gmt><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
        {string.Concat(categories.Select(c => $"<category domain=\"category\" nicename=\"{c}\">{c}</category>"))}</item>
        """;

    [Fact]
    public async Task TheMappingStep_SendsEachCategory_WhereTheNewsroomChooses()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        await app.WithDbAsync(async db =>
        {
            db.Sections.Add(new Warta.Web.Navigation.Section { Slug = "daerah", Name = "Daerah", Position = 9 });
            return await db.SaveChangesAsync();
        });

        var upload = await UploadAsync(admin, "peta.xml", Export(Post(7601, "kabar-daerah") + Post(7602, "kabar-daerah", "opini-warga") + Post(7603, "uncategorized")));
        var step = Html.Parse(await admin.GetStringAsync(upload.Headers.Location));
        Assert.Equal(["kabar-daerah", "opini-warga", "uncategorized"], step.QuerySelectorAll("form.imp-map select").Select(s => s.GetAttribute("name")!["peta[".Length..^1]));
        Assert.Contains("Kabar Daerah", step.QuerySelector("form.imp-map tbody tr th")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", step.QuerySelector("form.imp-map tbody tr td")!.TextContent.Trim());

        var started = await MapAsync(admin, upload, new Dictionary<string, string> { ["kabar-daerah"] = "section:daerah", ["opini-warga"] = "tag", ["uncategorized"] = "skip" });
        await WaitUntilFinishedAsync(admin, new Uri(new Uri("http://localhost"), started.Headers.Location!));

        var stories = await app.WithDbAsync(db => db.Articles.Include(a => a.Section).Include(a => a.Tags).Where(a => a.WordPressId >= 7601 && a.WordPressId <= 7603)
            .ToDictionaryAsync(a => a.WordPressId!.Value));
        Assert.Equal("daerah", stories[7601].Section.Slug);
        Assert.Equal("daerah", stories[7602].Section.Slug);
        Assert.Equal(["opini-warga"], stories[7602].Tags.Select(t => t.Slug));
        Assert.NotEqual("uncategorized", stories[7603].Section.Slug);
        Assert.False(await app.WithDbAsync(db => db.Sections.AnyAsync(s => s.Slug == "kabar-daerah" || s.Slug == "opini-warga" || s.Slug == "uncategorized")));
    }

    [Fact]
    public async Task AChoiceTheStepDidNotOffer_IsRefused_AndNothingIsImported()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var upload = await UploadAsync(admin, "peta-salah.xml", Export(Post(7701, "kabar-daerah")));

        var refused = await MapAsync(admin, upload, new Dictionary<string, string> { ["kabar-daerah"] = "section:tidak-ada" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Kabar Daerah", Html.Parse(await refused.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.WordPressId == 7701)));
        // The step is still there to answer again.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(upload.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task AnUnknownJob_IsNotFound()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/newsroom/impor/?job={Guid.NewGuid()}")).StatusCode);
    }
}
