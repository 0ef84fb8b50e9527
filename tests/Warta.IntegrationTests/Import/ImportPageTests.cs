using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Import;

/// <summary>The back-office upload: the import runs in the background and the page follows it to its summary.</summary>
public class ImportPageTests(WartaApp app) : IClassFixture<WartaApp>
{
    private sealed record Progress(int Done, int Total, bool Finished, string Text);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, string fixture)
    {
        var page = Html.Parse(await admin.GetStringAsync("/newsroom/impor/"));
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Import", "fixtures", fixture)));
        form.Add(file, "file", fixture);
        return await admin.PostAsync("/newsroom/impor/", form);
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

        var upload = await UploadAsync(admin, "warta-export-1.2.xml");

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

    [Fact]
    public async Task AnUnknownJob_IsNotFound()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/newsroom/impor/?job={Guid.NewGuid()}")).StatusCode);
    }
}
