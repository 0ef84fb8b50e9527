using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.IntegrationTests.Corrections;

/// <summary>Corrections ("Ralat") and right of reply ("Hak Jawab") as the guidelines for online media ask: shown where readers and machines look.</summary>
public class CorrectionTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static async Task<HttpResponseMessage> CorrectAsync(HttpClient editor, int id, string kind, string note, string? reply = null)
    {
        var fields = new Dictionary<string, string> { ["CorrectionKind"] = kind, ["CorrectionNote"] = note };
        if (reply is not null) fields["CorrectionReply"] = reply;
        return await editor.PostFormAsync($"/newsroom/artikel/tulis/{id}/", fields, "#correction-form");
    }

    [Fact]
    public async Task ARalat_ShowsAtopTheStory_InItsFeedItem_DateModified_Sitemap_AndTheCorrectionsPage()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var published = DateTime.UtcNow.AddDays(-2);
        var story = await An.Article().Titled($"Banjir rendam tiga kecamatan {Unique.Next()}").PublishedAt(published).SaveAsync(app);
        var revisions = await app.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == story.Id));
        var reader = app.CreateReader();
        Assert.DoesNotContain("class=\"corrections\"", await reader.GetStringAsync(WartaApp.UrlOf(story)), StringComparison.Ordinal); // cached before

        var before = DateTime.UtcNow;
        var added = await CorrectAsync(editor, story.Id, "Ralat", "Sebelumnya tertulis empat kecamatan; yang benar tiga kecamatan.");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var (_, page) = await reader.GetPageAsync(WartaApp.UrlOf(story));
        var notes = page.QuerySelector("article .corrections");
        Assert.NotNull(notes);
        Assert.Contains("Ralat", notes.TextContent, StringComparison.Ordinal);
        Assert.Contains("yang benar tiga kecamatan", notes.TextContent, StringComparison.Ordinal);
        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement[0];
        var modified = DateTimeOffset.Parse(jsonLd.GetProperty("dateModified").GetString()!, CultureInfo.InvariantCulture);
        Assert.True(modified.UtcDateTime >= before.AddSeconds(-1), $"dateModified {modified} is before the correction");
        Assert.Equal("CorrectionComment", jsonLd.GetProperty("correction")[0].GetProperty("@type").GetString());

        var feed = await reader.GetStringAsync("/feed/");
        Assert.Contains("yang benar tiga kecamatan", feed, StringComparison.Ordinal);

        var local = TimeZoneInfo.ConvertTimeFromUtc(published, WartaApp.Wib);
        var sitemap = await reader.GetStringAsync($"/sitemap-articles-{local.Year}-{local.Month:00}.xml");
        var entry = sitemap[sitemap.IndexOf(story.Slug, StringComparison.Ordinal)..];
        var lastmod = entry[(entry.IndexOf("<lastmod>", StringComparison.Ordinal) + 9)..entry.IndexOf("</lastmod>", StringComparison.Ordinal)];
        Assert.True(DateTimeOffset.Parse(lastmod, CultureInfo.InvariantCulture).UtcDateTime >= before.AddSeconds(-1), lastmod);

        var (_, list) = await reader.GetPageAsync("/ralat/");
        var first = list.QuerySelector("[data-testid=corrections] li")!;
        Assert.Contains(story.Headline, first.TextContent, StringComparison.Ordinal);
        Assert.Contains("yang benar tiga kecamatan", first.TextContent, StringComparison.Ordinal);

        Assert.Equal(revisions + 1, await app.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == story.Id)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Corrected && e.Subject.Contains(story.Headline))));
    }

    [Fact]
    public async Task AHakJawab_LinksTheReplyStory_AndNeedsOne()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var story = await An.Article().Titled($"Proyek jalan diduga bermasalah {Unique.Next()}").SaveAsync(app);
        var reply = await An.Article().Titled($"Hak jawab kontraktor proyek jalan {Unique.Next()}").SaveAsync(app);

        var missing = await CorrectAsync(editor, story.Id, "HakJawab", "PT Contoh Jaya menanggapi berita ini.");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("artikel jawaban", Html.Parse(await missing.Content.ReadAsStringAsync()).Text("#ralat .nr-problem"), StringComparison.Ordinal);

        var added = await CorrectAsync(editor, story.Id, "HakJawab", "PT Contoh Jaya menanggapi berita ini.", "http://localhost" + WartaApp.UrlOf(reply));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(story));
        var link = page.QuerySelector("article .corrections a")!;
        Assert.Equal(reply.Headline, link.TextContent);
        Assert.Contains("Hak Jawab", page.QuerySelector("article .corrections")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyThoseWhoMayPublishAStory_AttachANote_AndOnlyToAPublishedOne()
    {
        var theirs = await An.Article().Titled($"Milik redaksi {Unique.Next()}").SaveAsync(app);
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var (_, authorPage) = await author.GetPageAsync("/newsroom/");
        var token = authorPage.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await author.GetPageAsync("/newsroom/artikel/tulis/")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await author.PostAsync($"/newsroom/artikel/tulis/{theirs.Id}/?handler=Correction",
            new FormUrlEncodedContent([new("CorrectionKind", "Ralat"), new("CorrectionNote", "Coba"), new("__RequestVerificationToken", token)]));
        Assert.Contains("/newsroom/ditolak/", refused.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);

        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var draft = await An.Article().Titled($"Masih draf {Unique.Next()}").WithStatus(ArticleStatus.Draft).SaveAsync(app);
        var (_, draftPage) = await editor.GetPageAsync($"/newsroom/artikel/tulis/{draft.Id}/");
        Assert.Null(draftPage.QuerySelector("#correction-form"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Corrections.CountAsync(c => c.ArticleId == theirs.Id || c.ArticleId == draft.Id)));
    }
}
