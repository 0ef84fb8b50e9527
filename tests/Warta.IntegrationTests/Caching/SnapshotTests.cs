using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Caching;
using Warta.Web.Comments;
using Warta.Web.Pages.Articles;

namespace Warta.IntegrationTests.Caching;

/// <summary>
/// With the output cache off, a story page is rendered from its snapshot (the story, body, related list and
/// comments kept in memory), and every change to what it shows is on the next render all the same.
/// </summary>
public class SnapshotTests(SnapshotTests.RenderApp app) : IClassFixture<SnapshotTests.RenderApp>
{
    public sealed class RenderApp : WartaApp
    {
        protected override bool OutputCache => false;
    }

    private Task<int> SaveAsync(Func<Warta.Web.Data.WartaDb, Task> change) => app.WithDbAsync(async db =>
    {
        await change(db);
        return await db.SaveChangesAsync();
    });

    private bool HasSnapshot(string slug) =>
        app.Services.GetRequiredService<SnapshotCache>().TryGet<StorySnapshot>(StorySnapshot.KeyFor(slug), out _);

    [Fact]
    public async Task AStory_IsRenderedFromMemory_UntilSomethingItShowsChanges()
    {
        var section = await A.Section().SaveAsync(app);
        var marker = Guid.NewGuid().ToString("N")[..6];
        var target = await An.Article().In(section).SaveAsync(app);
        var related = await An.Article().In(section).Tagged($"cuaca {marker}").SaveAsync(app);
        var story = await An.Article().In(section).Tagged($"cuaca {marker}")
            .WithBody($"Pembuka.\n\n[baca-juga id={target.Id}]\n\nPenutup.").SaveAsync(app);
        var url = WartaApp.UrlOf(story);
        var reader = app.CreateReader();

        var (_, first) = await reader.GetPageAsync(url);
        Assert.Contains(related.Headline, first.Text(".related"), StringComparison.Ordinal);
        Assert.True(HasSnapshot(story.Slug));

        // Written past the data layer (no save, so nothing is evicted): the next render does not read the database.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"Articles\" SET \"Dek\" = {0} WHERE \"Id\" = {1}", $"Dek diam-diam {marker}", story.Id));
        Assert.DoesNotContain($"Dek diam-diam {marker}", await reader.GetStringAsync(url), StringComparison.Ordinal);

        // "Terpopuler" reordering drops every page showing it, not what the story is built from.
        await app.Services.GetRequiredService<CachePurge>().EvictAsync([CacheTags.Popular], articlesChanged: false);
        Assert.True(HasSnapshot(story.Slug));

        // An approved comment is on the next render (and the rebuilt page reads everything afresh).
        await SaveAsync(db =>
        {
            db.Comments.Add(new Comment { ArticleId = story.Id, AuthorName = "Pembaca", AuthorEmail = "p@contoh.id", Text = $"Komentar {marker}", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow });
            return Task.CompletedTask;
        });
        var (_, afterComment) = await reader.GetPageAsync(url);
        Assert.Contains($"Komentar {marker}", afterComment.Text(".comments"), StringComparison.Ordinal);
        Assert.Equal("1 Komentar", afterComment.Text("#comments-title"));
        Assert.Contains($"Dek diam-diam {marker}", afterComment.Source.Text, StringComparison.Ordinal);

        // A related story's new headline, a "Baca juga" target's new headline, the story's own new headline.
        await SaveAsync(async db => (await db.Articles.SingleAsync(a => a.Id == related.Id)).Headline = $"Terkait baru {marker}");
        Assert.Contains($"Terkait baru {marker}", (await reader.GetPageAsync(url)).Document.Text(".related"), StringComparison.Ordinal);
        await SaveAsync(async db => (await db.Articles.SingleAsync(a => a.Id == target.Id)).Headline = $"Target baru {marker}");
        Assert.Equal($"Baca juga: Target baru {marker}", (await reader.GetPageAsync(url)).Document.Text(".baca-juga"));
        await SaveAsync(async db => (await db.Articles.SingleAsync(a => a.Id == story.Id)).Headline = $"Judul baru {marker}");
        Assert.Contains($"Judul baru {marker}", (await reader.GetPageAsync(url)).Document.Text("h1"), StringComparison.Ordinal);

        // Unpublished: gone at once, not served from memory.
        await SaveAsync(async db => (await db.Articles.SingleAsync(a => a.Id == story.Id)).Status = Warta.Web.Articles.ArticleStatus.Unpublished);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);
        Assert.False(HasSnapshot(story.Slug));
    }

    [Fact]
    public async Task TheFrontPage_IsRenderedFromMemory_UntilAStoryOnItChangesOrOneIsPublished()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var listed = await An.Article().Titled($"Berita depan {marker}").SaveAsync(app);
        var reader = app.CreateReader();
        Assert.Contains($"Berita depan {marker}", await reader.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.True(app.Services.GetRequiredService<SnapshotCache>().TryGet<Warta.Web.Pages.HomeSnapshot>(Warta.Web.Pages.HomeSnapshot.KeyFor(1), out _));

        // Past the data layer, nothing is evicted: the front page does not read the database again.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"Articles\" SET \"Headline\" = {0} WHERE \"Id\" = {1}", $"Diam-diam {marker}", listed.Id));
        Assert.DoesNotContain($"Diam-diam {marker}", await reader.GetStringAsync("/"), StringComparison.Ordinal);
        await app.Services.GetRequiredService<CachePurge>().EvictAsync([CacheTags.Popular], articlesChanged: false);
        Assert.DoesNotContain($"Diam-diam {marker}", await reader.GetStringAsync("/"), StringComparison.Ordinal);

        // A story published, then a listed story edited: each is on the next render.
        var fresh = await An.Article().Titled($"Terbit baru {marker}").SaveAsync(app);
        var page = await reader.GetStringAsync("/");
        Assert.Contains($"Terbit baru {marker}", page, StringComparison.Ordinal);
        Assert.Contains($"Diam-diam {marker}", page, StringComparison.Ordinal); // rebuilt from the database
        await SaveAsync(async db => (await db.Articles.SingleAsync(a => a.Id == fresh.Id)).Headline = $"Diralat {marker}");
        Assert.Contains($"Diralat {marker}", await reader.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SectionTagAuthorAndDatePages_AreRenderedFromMemory_UntilAStoryOnThemChangesOrOneJoinsThem()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var section = await A.Section().SaveAsync(app);
        var author = await An.Author().Named($"Penulis {marker}").SaveAsync(app);
        var published = DateTime.UtcNow.AddDays(-3);
        var listed = await An.Article().Titled($"Terdaftar {marker}").In(section).By(author).Tagged($"topik {marker}").PublishedAt(published).SaveAsync(app);
        var tagSlug = await app.WithDbAsync(db => db.Tags.Where(t => t.Name == $"topik {marker}").Select(t => t.Slug).SingleAsync());
        var local = TimeZoneInfo.ConvertTimeFromUtc(published, WartaApp.Wib);
        string[] pages =
        [
            Warta.Web.Site.SiteUrls.Section(section.Slug), Warta.Web.Site.SiteUrls.Tag(tagSlug), Warta.Web.Site.SiteUrls.Author(author.Slug),
            $"/{local:yyyy}/{local:MM}/{local:dd}/",
        ];
        var reader = app.CreateReader();
        foreach (var page in pages) Assert.Contains($"Terdaftar {marker}", await reader.GetStringAsync(page), StringComparison.Ordinal);

        // Past the data layer (nothing evicted): no page reads the database again.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"Articles\" SET \"Headline\" = {0} WHERE \"Id\" = {1}", $"Diam-diam {marker}", listed.Id));
        await app.Services.GetRequiredService<CachePurge>().EvictAsync([CacheTags.Popular], articlesChanged: false);
        foreach (var page in pages) Assert.DoesNotContain($"Diam-diam {marker}", await reader.GetStringAsync(page), StringComparison.Ordinal);

        // A listed story edited: on every list's next render.
        await SaveAsync(async db => (await db.Articles.SingleAsync(a => a.Id == listed.Id)).Headline = $"Diralat {marker}");
        foreach (var page in pages) Assert.Contains($"Diralat {marker}", await reader.GetStringAsync(page), StringComparison.Ordinal);

        // A new story joining the lists: on each.
        await An.Article().Titled($"Bergabung {marker}").In(section).By(author).Tagged($"topik {marker}").PublishedAt(published.AddMinutes(5)).SaveAsync(app);
        foreach (var page in pages) Assert.True((await reader.GetStringAsync(page)).Contains($"Bergabung {marker}", StringComparison.Ordinal), page);

        // The author's new biography (a change to who owns the list) and the tag renamed.
        await SaveAsync(async db => (await db.Authors.SingleAsync(a => a.Id == author.Id)).Bio = $"Bio baru {marker}");
        Assert.Contains($"Bio baru {marker}", await reader.GetStringAsync(pages[2]), StringComparison.Ordinal);
        await SaveAsync(async db => (await db.Tags.SingleAsync(t => t.Slug == tagSlug)).Name = $"Topik Baru {marker}");
        Assert.Contains($"Topik Baru {marker}", await reader.GetStringAsync(pages[1]), StringComparison.Ordinal);
    }
}
