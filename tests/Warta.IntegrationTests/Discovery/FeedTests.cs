using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Warta.Web.Articles;

namespace Warta.IntegrationTests.Discovery;

public class FeedTests(WartaApp app) : IClassFixture<WartaApp>, IAsyncLifetime
{
    private static readonly XNamespace ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public Task InitializeAsync() => app.SetSiteAsync(s => s.FeedFullText = true);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(SyndicationFeed Feed, string Xml, HttpResponseMessage Response)> LoadAsync(string url)
    {
        var response = await app.CreateReader().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = await response.Content.ReadAsStringAsync();
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return (SyndicationFeed.Load(reader), xml, response);
    }

    private async Task<Article> StoryAsync()
    {
        var author = await An.Author().SaveAsync(app);
        var target = await An.Article().PublishedAt(DateTime.UtcNow.AddDays(-3)).SaveAsync(app);
        return await An.Article().By(author).Tagged("Feed Uji")
            .WithDek("Ringkasan untuk pembaca feed.")
            .WithBody($"Isi lengkap dengan [tautan internal](/rubrik/x/).\n\n[baca-juga id={target.Id}]\n\n![Foto](/media/uji.jpg \"Keterangan\")")
            .PublishedAt(WholeSecondsAgo(TimeSpan.FromMinutes(1)))
            .SaveAsync(app);
    }

    // Feed dates carry whole seconds.
    private static DateTime WholeSecondsAgo(TimeSpan ago)
    {
        var at = DateTime.UtcNow - ago;
        return at.AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond));
    }

    [Fact]
    public async Task SiteRss_ReadsBackWithAFeedParser_WithFullText_WibDates_StableGuids()
    {
        var story = await StoryAsync();

        var (feed, xml, response) = await LoadAsync("/feed/");

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var item = Assert.Single(feed.Items, i => i.Title.Text == story.Headline);
        Assert.Equal("http://localhost/?p=" + story.Id, item.Id);
        Assert.Equal("http://localhost" + WartaApp.UrlOf(story), item.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString());
        Assert.Equal(TimeSpan.FromHours(7), item.PublishDate.Offset);
        Assert.Equal(story.PublishedAt, item.PublishDate.UtcDateTime);
        Assert.Equal("Ringkasan untuk pembaca feed.", item.Summary.Text);
        Assert.Contains(item.Categories, c => c.Name == "Feed Uji");

        var element = XDocument.Parse(xml).Descendants("item").Single(e => (string?)e.Element("title") == story.Headline);
        var content = (string?)element.Element(ContentNs + "encoded");
        Assert.Contains("href=\"http://localhost/rubrik/x/\"", content, StringComparison.Ordinal);
        Assert.Contains("Baca juga", content, StringComparison.Ordinal);
        Assert.Equal("false", element.Element("guid")?.Attribute("isPermaLink")?.Value);
        Assert.NotNull(element.Element(Dc + "creator"));
        Assert.DoesNotContain("@", (string?)element.Element(Dc + "creator") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteAtom_ReadsBack_WithHtmlContentAndAuthors()
    {
        var story = await StoryAsync();

        var (feed, _, response) = await LoadAsync("/feed/atom/");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var item = Assert.Single(feed.Items, i => i.Title.Text == story.Headline);
        var content = Assert.IsType<TextSyndicationContent>(item.Content);
        Assert.Equal("html", content.Type);
        Assert.Contains("Isi lengkap", content.Text, StringComparison.Ordinal);
        Assert.NotEmpty(item.Authors);
        Assert.All(item.Authors, a => Assert.False(string.IsNullOrEmpty(a.Name)));
    }

    [Fact]
    public async Task FeaturedImage_IsAnEnclosure_WithItsLength()
    {
        var mediaFile = Path.Combine(app.DataDirectory, "media", "uji-feed.png");
        await File.WriteAllBytesAsync(mediaFile, new byte[1234]);
        var story = await An.Article().WithImage("/media/uji-feed.png", "Foto uji").SaveAsync(app);

        var (feed, _, _) = await LoadAsync("/feed/");

        var enclosure = feed.Items.Single(i => i.Title.Text == story.Headline).Links.Single(l => l.RelationshipType == "enclosure");
        Assert.Equal("http://localhost/media/uji-feed.png", enclosure.Uri.ToString());
        Assert.Equal("image/png", enclosure.MediaType);
        Assert.Equal(1234, enclosure.Length);
    }

    [Fact]
    public async Task SummaryMode_LeavesOutTheFullText()
    {
        var story = await StoryAsync();
        await app.SetSiteAsync(s => s.FeedFullText = false);

        var (feed, xml, _) = await LoadAsync("/feed/");
        var (atom, _, _) = await LoadAsync("/feed/atom/");

        Assert.DoesNotContain("<content:encoded", xml, StringComparison.Ordinal);
        Assert.Equal("Ringkasan untuk pembaca feed.", feed.Items.Single(i => i.Title.Text == story.Headline).Summary.Text);
        Assert.Null(atom.Items.Single(i => i.Title.Text == story.Headline).Content);
    }

    [Theory]
    [InlineData("/rubrik/{0}/feed/")]
    [InlineData("/category/{0}/feed/")]
    [InlineData("/rubrik/{0}/feed/atom/")]
    public async Task SectionFeed_HasOnlyThatSection(string pattern)
    {
        var section = await A.Section().SaveAsync(app);
        var inside = await An.Article().In(section).SaveAsync(app);
        var outside = await An.Article().SaveAsync(app);

        var (feed, _, _) = await LoadAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, section.Slug));

        Assert.Equal([inside.Headline], feed.Items.Select(i => i.Title.Text));
        Assert.DoesNotContain(feed.Items, i => i.Title.Text == outside.Headline);
    }

    [Fact]
    public async Task TagAndAuthorFeeds_HaveOnlyTheirArticles()
    {
        var author = await An.Author().SaveAsync(app);
        var tag = $"Tag Feed {Guid.NewGuid():N}"[..17];
        var byAuthor = await An.Article().By(author).SaveAsync(app);
        var tagged = await An.Article().Tagged(tag).SaveAsync(app);

        var (authorFeed, _, _) = await LoadAsync($"/penulis/{author.Slug}/feed/");
        var (wpAuthorFeed, _, _) = await LoadAsync($"/author/{author.Slug}/feed/");
        var (tagFeed, _, _) = await LoadAsync($"/tag/{Slug.From(tag)}/feed/");

        Assert.Equal([byAuthor.Headline], authorFeed.Items.Select(i => i.Title.Text));
        Assert.Equal([byAuthor.Headline], wpAuthorFeed.Items.Select(i => i.Title.Text));
        Assert.Equal([tagged.Headline], tagFeed.Items.Select(i => i.Title.Text));
    }

    [Fact]
    public async Task Feeds_LeaveOutDraftsAndFutureArticles()
    {
        var draft = await An.Article().WithStatus(ArticleStatus.Draft).SaveAsync(app);
        var future = await An.Article().PublishedAt(DateTime.UtcNow.AddHours(3)).SaveAsync(app);

        var (_, xml, _) = await LoadAsync("/feed/");

        Assert.DoesNotContain(draft.Headline, xml, StringComparison.Ordinal);
        Assert.DoesNotContain(future.Headline, xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFeedsLastModified_IsItsNewestEntry_NotTheTimeItWasSent()
    {
        var section = await A.Section().SaveAsync(app);
        var published = new DateTime(2024, 6, 19, 1, 15, 42, DateTimeKind.Utc);
        await An.Article().In(section).PublishedAt(published).SaveAsync(app);
        await An.Article().In(section).PublishedAt(published.AddDays(-3)).SaveAsync(app);

        var response = await app.CreateReader().GetAsync($"/rubrik/{section.Slug}/feed/");

        Assert.Equal(new DateTimeOffset(published), response.Content.Headers.LastModified);
        using var since = new HttpRequestMessage(HttpMethod.Get, $"/rubrik/{section.Slug}/feed/");
        since.Headers.IfModifiedSince = new DateTimeOffset(published);
        Assert.Equal(HttpStatusCode.NotModified, (await app.CreateReader().SendAsync(since)).StatusCode);
        using var before = new HttpRequestMessage(HttpMethod.Get, $"/rubrik/{section.Slug}/feed/");
        before.Headers.IfModifiedSince = new DateTimeOffset(published.AddSeconds(-1));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().SendAsync(before)).StatusCode);
    }

    [Fact]
    public async Task FeedDescriptions_AreText_NeverMarkupAFeedReaderWouldRun()
    {
        var section = await A.Section().SaveAsync(app);
        var withDek = await An.Article().In(section).WithDek("Kode <script>alert('dek')</script> di subjudul").SaveAsync(app);
        var excerpted = await An.Article().In(section).WithHtmlBody("<p>Contoh kode: &lt;img src=x onerror=alert('isi')&gt; di badan berita.</p>").SaveAsync(app);
        await app.WithDbAsync(async db =>
        {
            db.Comments.Add(new Warta.Web.Comments.Comment { ArticleId = withDek.Id, AuthorName = "Iseng", AuthorEmail = "iseng@pembaca.example", Text = "<b onmouseover=alert('komentar')>halo</b>", Status = Warta.Web.Comments.CommentStatus.Approved, CreatedAt = DateTime.UtcNow.AddMinutes(-1) });
            return await db.SaveChangesAsync();
        });

        foreach (var url in new[] { $"/rubrik/{section.Slug}/feed/", WartaApp.UrlOf(withDek) + "feed/" })
        {
            var xml = System.Xml.Linq.XDocument.Parse(await app.CreateReader().GetStringAsync(url));
            // What a reader takes as HTML: the text of each <description>, once the XML is read.
            foreach (var description in xml.Descendants("description").Select(d => d.Value))
            {
                var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + description + "</body>");
                Assert.Empty(html.Body!.Children);
            }
        }
        var feed = await app.CreateReader().GetStringAsync($"/rubrik/{section.Slug}/feed/");
        Assert.Contains("alert(&amp;#39;dek&amp;#39;)", feed.Replace("&amp;#x27;", "&amp;#39;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(excerpted.Headline, feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConditionalGet_Answers304_UntilSomethingChanges()
    {
        var section = await A.Section().SaveAsync(app);
        await An.Article().In(section).SaveAsync(app);
        var client = app.CreateReader();
        var url = $"/rubrik/{section.Slug}/feed/";
        var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var byEtag = new HttpRequestMessage(HttpMethod.Get, url);
        byEtag.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byEtag)).StatusCode);

        using var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        byDate.Headers.IfModifiedSince = lastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byDate)).StatusCode);

        await An.Article().In(section).SaveAsync(app);
        using var afterChange = new HttpRequestMessage(HttpMethod.Get, url);
        afterChange.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(afterChange);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task AnArticlesCommentFeed_HasItsApprovedComments_WithoutEmails()
    {
        var article = await An.Article().SaveAsync(app);
        await app.WithDbAsync(async db =>
        {
            db.Comments.Add(new Warta.Web.Comments.Comment { ArticleId = article.Id, AuthorName = "Pembaca Feed", AuthorEmail = "rahasia@pembaca.example", Text = "Komentar di feed.", Status = Warta.Web.Comments.CommentStatus.Approved, CreatedAt = DateTime.UtcNow.AddMinutes(-5) });
            db.Comments.Add(new Warta.Web.Comments.Comment { ArticleId = article.Id, AuthorName = "Tertahan", AuthorEmail = "tahan@pembaca.example", Text = "Belum disetujui.", Status = Warta.Web.Comments.CommentStatus.Pending, CreatedAt = DateTime.UtcNow.AddMinutes(-4) });
            await db.SaveChangesAsync();
        });

        var (feed, xml, _) = await LoadAsync(WartaApp.UrlOf(article) + "feed/");

        var item = Assert.Single(feed.Items);
        Assert.Equal("Komentar dari Pembaca Feed", item.Title.Text);
        Assert.DoesNotContain("rahasia@pembaca.example", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("Belum disetujui", xml, StringComparison.Ordinal);
        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));
        Assert.Contains(page.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("href") == WartaApp.UrlOf(article) + "feed/");
    }

    [Theory]
    [InlineData("/rubrik/tidak-ada/feed/")]
    [InlineData("/tag/tidak-ada/feed/atom/")]
    [InlineData("/penulis/tidak-ada/feed/")]
    public async Task FeedOfSomethingMissing_Gives404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync(url)).StatusCode);
}
