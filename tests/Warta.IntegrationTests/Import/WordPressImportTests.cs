using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Articles;
using Warta.Web.Comments;
using Warta.Web.Import.WordPress;

namespace Warta.IntegrationTests.Import;

public class WordPressImportTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "fixtures", name);

    private async Task<ImportSummary> ImportAsync(string fixture)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportWordPressExport>().RunAsync(Fixture(fixture), null, CancellationToken.None);
    }

    [Fact]
    public async Task AnExport_ArrivesWhole_AndTheOldLinksKeepWorking()
    {
        await ImportAsync("warta-export-1.2.xml");

        var article = await app.WithDbAsync(db => db.Articles.Include(a => a.Tags).Include(a => a.Section).Include(a => a.Bylines).ThenInclude(b => b.Author)
            .SingleAsync(a => a.WordPressId == 101));
        Assert.Equal(("Banjir Rob di Pesisir", "banjir-rob", ArticleStatus.Published), (article.Headline, article.Slug, article.Status));
        Assert.Equal(new DateTime(2024, 6, 19, 1, 15, 0, DateTimeKind.Utc), article.PublishedAt);
        Assert.Equal("Ringkasan singkat.", article.Dek);
        Assert.True(article.IsPinned);
        Assert.Equal("hukum", article.Section.Slug);
        var nasional = await app.WithDbAsync(db => db.Sections.SingleAsync(s => s.Slug == "nasional"));
        Assert.Equal(nasional.Id, article.Section.ParentId);
        Assert.Equal(["banjir"], article.Tags.Select(t => t.Slug));
        Assert.Equal("Rina Handayani", article.Bylines.Single().Author.Name);
        Assert.Equal("https://kabarlama.example/wp-content/uploads/2024/06/foto-banjir.jpg", article.FeaturedImageUrl);
        Assert.StartsWith("<p>Paragraf pertama.</p>", article.Body, StringComparison.Ordinal);

        var comments = await app.WithDbAsync(db => db.Comments.Where(c => c.ArticleId == article.Id).OrderBy(c => c.WordPressId).ToListAsync());
        Assert.Equal([CommentStatus.Approved, CommentStatus.Pending], comments.Select(c => c.Status));
        Assert.Equal(comments[0].Id, comments[1].ParentId);

        var client = app.CreateReader();
        var permalink = WartaApp.UrlOf(article);
        var (page, html) = await client.GetPageAsync(permalink);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Semoga cepat surut.", html.CommentById(comments[0].Id)?.QuerySelector(".comment-text")?.TextContent.Trim());
        var shortLink = await client.GetAsync("/?p=101");
        Assert.Equal(HttpStatusCode.MovedPermanently, shortLink.StatusCode);
        Assert.Equal(permalink, shortLink.Headers.Location?.ToString());
        var pageLink = await client.GetAsync("/?page_id=102");
        Assert.Equal((HttpStatusCode.MovedPermanently, "/tentang-kami/"), (pageLink.StatusCode, pageLink.Headers.Location?.ToString()));
        var attachmentPage = await client.GetAsync("/?attachment_id=201");
        Assert.Equal((HttpStatusCode.MovedPermanently, permalink), (attachmentPage.StatusCode, attachmentPage.Headers.Location?.ToString()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/?page_id=999999")).StatusCode);
        var category = await client.GetAsync("/category/hukum/");
        Assert.Equal("/rubrik/hukum/", category.Headers.Location?.ToString());
        // WordPress's category archives include child categories' posts; so do Warta's section pages.
        var (_, parentPage) = await client.GetPageAsync("/rubrik/nasional/");
        Assert.Contains(parentPage.QuerySelectorAll("main a"), a => a.GetAttribute("href") == permalink);
        Assert.Contains(parentPage.QuerySelectorAll(".listing-below a"), a => a.GetAttribute("href") == "/rubrik/hukum/");
        var (about, _) = await client.GetPageAsync("/tentang-kami/");
        Assert.Equal(HttpStatusCode.OK, about.StatusCode);
    }

    [Fact]
    public async Task AnAttachmentPage_WhoseStoryDidNotComeAcross_LeadsToTheFileItself()
    {
        const string file = "https://kabarlama.example/wp-content/uploads/2023/01/peta-lama.png";
        await app.WithDbAsync(async db =>
        {
            db.ImportedAttachments.Add(new ImportedAttachment { WordPressId = 90501, Url = file, ParentWordPressId = 90500, Title = "peta-lama" });
            return await db.SaveChangesAsync();
        });

        var response = await app.CreateReader().GetAsync("/?attachment_id=90501");

        Assert.Equal((HttpStatusCode.MovedPermanently, file), (response.StatusCode, response.Headers.Location?.ToString()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync("/?attachment_id=90502")).StatusCode);
    }

    [Fact]
    public async Task NestedCdata_DeepThreadsInAnyOrder_AndOrphanReplies_ComeAcrossAsWordPressShowsThem()
    {
        var summary = await ImportAsync("nested-cdata-threads.xml");

        Assert.Equal((1, 4), (summary.Articles, summary.Comments));
        Assert.NotEmpty(summary.Notes);
        var article = await app.WithDbAsync(db => db.Articles.Include(a => a.Section).SingleAsync(a => a.WordPressId == 301));
        // Stored as WordPress stores it; the HTML sanitizer decides at render time, as it does for every import.
        Assert.Contains("<code><![CDATA[ x ]]></code>", article.Body, StringComparison.Ordinal);
        var daerah = await app.WithDbAsync(db => db.Sections.SingleAsync(s => s.Slug == "daerah"));
        Assert.Equal(daerah.Id, article.Section.ParentId);

        var comments = await app.WithDbAsync(db => db.Comments.Where(c => c.ArticleId == article.Id).ToDictionaryAsync(c => c.WordPressId!.Value));
        Assert.Equal((null, 0), (comments[11].ParentId, comments[11].Depth));
        Assert.Equal((comments[11].Id, 1), (comments[12].ParentId, comments[12].Depth));
        Assert.Equal((comments[12].Id, 2), (comments[13].ParentId, comments[13].Depth));
        Assert.Equal((null, 0), (comments[14].ParentId, comments[14].Depth));
    }

    [Theory]
    [InlineData("broken.xml")]
    [InlineData("xxe.xml")]
    public async Task ABadFile_ChangesNothing(string fixture)
    {
        var before = await app.WithDbAsync(db => db.Articles.CountAsync());

        await Assert.ThrowsAsync<WxrFormatException>(() => ImportAsync(fixture));

        Assert.Equal(before, await app.WithDbAsync(db => db.Articles.CountAsync()));
    }
}

/// <summary>In a class (and database) of its own, so the first import really is the first.</summary>
public class WordPressReimportTests(WartaApp app) : IClassFixture<WartaApp>
{
    private async Task<ImportSummary> ImportAsync(string fixture)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportWordPressExport>()
            .RunAsync(Path.Combine(AppContext.BaseDirectory, "Import", "fixtures", fixture), null, CancellationToken.None);
    }

    [Fact]
    public async Task ImportingTheSameFileTwice_CreatesNoDuplicates()
    {
        var first = await ImportAsync("warta-export-1.2.xml");
        Assert.Equal((1, 1, 2, 1), (first.Articles, first.Pages, first.Comments, first.Attachments));
        var counts = await app.WithDbAsync(async db => (await db.Articles.CountAsync(), await db.Comments.CountAsync(), await db.Pages.CountAsync(), await db.ImportedAttachments.CountAsync()));

        var second = await ImportAsync("warta-export-1.2.xml");

        Assert.Equal(0, second.Articles + second.Comments + second.Pages + second.Attachments);
        Assert.True(second.Updated >= 3);
        Assert.Equal(counts, await app.WithDbAsync(async db => (await db.Articles.CountAsync(), await db.Comments.CountAsync(), await db.Pages.CountAsync(), await db.ImportedAttachments.CountAsync())));
    }
}
