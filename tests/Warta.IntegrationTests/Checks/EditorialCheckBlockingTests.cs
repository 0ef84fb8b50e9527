using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.IntegrationTests.Api;
using Warta.Web.Articles;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Articles;
using Warta.Web.Newsroom.Audit;

namespace Warta.IntegrationTests.Checks;

/// <summary>A check the site marks as blocking stops publishing from the editor, the REST API and the scheduler alike; nothing blocks by default.</summary>
public class EditorialCheckBlockingTests(WartaApp app) : IClassFixture<WartaApp>, IAsyncLifetime
{
    private const string Unclosed = "“Kami belum menerima bantuan apa pun sejak kemarin, kata Darman.";

    public Task InitializeAsync() => SetBlockingAsync(null);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task SetBlockingAsync(string? checks) => app.SetSiteAsync(s => s.BlockingChecks = checks);

    private async Task<Dictionary<string, string>> FormAsync(string headline, string body, string act)
    {
        var section = await A.Section().SaveAsync(app);
        return new Dictionary<string, string>
        {
            ["Form.Headline"] = headline, ["Form.Body"] = body, ["Form.SectionId"] = section.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Language"] = "id", ["act"] = act,
        };
    }

    [Fact]
    public async Task NothingBlocksByDefault_AWarningDoesNotStopPublishing()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var headline = $"Bantuan belum datang {Unique.Next()}";
        var published = await editor.PostFormAsync("/newsroom/artikel/tulis/", await FormAsync(headline, Unclosed, "Publish"), "#editor");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(ArticleStatus.Published, await app.WithDbAsync(db => db.Articles.Where(a => a.Headline == headline).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task ABlockingFinding_StopsTheEditorsPublish_WithTheReason_AndKeepsEveryWordTyped()
    {
        await SetBlockingAsync("quotes");
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var headline = $"Bantuan belum datang {Unique.Next()}";
        var refused = await editor.PostFormAsync("/newsroom/artikel/tulis/", await FormAsync(headline, Unclosed, "Publish"), "#editor");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = Html.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Belum bisa diterbitkan", page.Text(".nr-problem"), StringComparison.Ordinal);
        Assert.Contains("tidak ditutup", page.Text(".nr-problem"), StringComparison.Ordinal);
        Assert.Equal(Unclosed, page.QuerySelector("textarea[name='Form.Body']")!.TextContent.Trim());
        var blocking = Assert.Single(page.QuerySelectorAll("[data-testid=checks] li.blocking"));
        Assert.Null(blocking.QuerySelector("input[name$='.Reason']"));
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Headline == headline)));

        // Saving a draft is never stopped; fixing the quote lets it out.
        var draft = await editor.PostFormAsync("/newsroom/artikel/tulis/", await FormAsync(headline, Unclosed, "Save"), "#editor");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var story = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Headline == headline));
        var fixedForm = await FormAsync(headline, Unclosed.Replace(", kata", ",” kata", StringComparison.Ordinal), "Publish");
        fixedForm["Form.Version"] = story.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fixedForm["Form.SectionId"] = story.SectionId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var published = await editor.PostFormAsync($"/newsroom/artikel/tulis/{story.Id}/", fixedForm, "#editor");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
    }

    [Fact]
    public async Task ABlockingFinding_StopsTheApisPublish()
    {
        await SetBlockingAsync("quotes,slips");
        var section = await A.Section().SaveAsync(app);
        var editor = await app.ApiClientAsync(NewsroomRoles.Editor);
        var (status, json) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/posts",
            new { title = "Lewat aplikasi", content = "<p>Warga berkumpul di di balai desa.</p>", status = "publish", categories = new[] { section.Id } });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("warta_editorial_check", json.GetProperty("code").GetString());
        Assert.Contains("di di", json.GetProperty("message").GetString(), StringComparison.Ordinal);
        var (draft, _) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/posts",
            new { title = "Lewat aplikasi", content = "<p>Warga berkumpul di di balai desa.</p>", status = "draft", categories = new[] { section.Id } });
        Assert.Equal(HttpStatusCode.Created, draft);
    }

    [Fact]
    public async Task ABlockingFinding_HoldsAScheduledStoryBack_AndTheAuditLogSaysWhy()
    {
        // Blocking first: the site's own scheduler may wake before the test's call does, and must find it set.
        await SetBlockingAsync("quotes");
        var held = await An.Article().Titled($"Terjadwal bermasalah {Unique.Next()}").WithBody(Unclosed).WithStatus(ArticleStatus.Scheduled)
            .PublishedAt(DateTime.UtcNow.AddMinutes(-1)).SaveAsync(app);
        var fine = await An.Article().Titled($"Terjadwal bersih {Unique.Next()}").WithBody("“Air sudah surut,” kata Darman.").WithStatus(ArticleStatus.Scheduled)
            .PublishedAt(DateTime.UtcNow.AddMinutes(-1)).SaveAsync(app);

        await app.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync(CancellationToken.None);

        Assert.Equal(ArticleStatus.Draft, await SettledStatusAsync(held.Id));
        Assert.Equal(ArticleStatus.Published, await SettledStatusAsync(fine.Id));
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.HeldByChecks && e.Subject.Contains(held.Headline)));
        Assert.Contains("tidak ditutup", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSettingsPage_SetsTheLimitAndTheBlockingChecks()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var (_, page) = await admin.GetPageAsync("/newsroom/pengaturan/");
        var fields = page.QuerySelectorAll("#settings input, #settings select, #settings textarea, form input, form select, form textarea")
            .Where(e => e.GetAttribute("name") is { Length: > 0 } n && n != "__RequestVerificationToken" && (e.GetAttribute("type") is not ("checkbox" or "radio") || e.HasAttribute("checked")))
            .GroupBy(e => e.GetAttribute("name")!).ToDictionary(g => g.Key, g => g.Last().TagName == "SELECT" ? g.Last().QuerySelector("option[selected]")?.GetAttribute("value") ?? "" : g.Last().GetAttribute("value") ?? g.Last().TextContent);
        fields["MaxRelatedBlocks"] = "2";
        var content = new FormUrlEncodedContent(fields.Where(f => f.Key != "BlockingChecks").Append(new("BlockingChecks", "dates")).Append(new("BlockingChecks", "names"))
            .Append(new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)));
        var saved = await admin.PostAsync("/newsroom/pengaturan/", content);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = await app.WithDbAsync(db => db.SiteSettings.SingleAsync());
        Assert.Equal((2, "dates,names"), (settings.MaxRelatedBlocks, settings.BlockingChecks));
        await app.SetSiteAsync(s => s.MaxRelatedBlocks = 3);
    }

    /// <summary>
    /// The story's status once no publisher is still on it: the site's own scheduler may have taken the story a moment
    /// before the test's call did, which then leaves it to that run (a concurrency conflict) and returns first.
    /// </summary>
    private async Task<ArticleStatus> SettledStatusAsync(int id)
    {
        for (var i = 0; i < 100; i++)
        {
            var status = await app.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
            if (status != ArticleStatus.Scheduled) return status;
            await Task.Delay(100);
        }
        return ArticleStatus.Scheduled;
    }
}
