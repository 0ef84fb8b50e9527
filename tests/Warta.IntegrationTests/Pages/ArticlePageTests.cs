using System.Net;
using System.Text;
using Warta.Web.Articles;

namespace Warta.IntegrationTests.Pages;

public class ArticlePageTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task Article_ShowsEverythingAReaderExpects()
    {
        var section = await A.Section().Named($"Ekonomi {Guid.NewGuid():N}"[..16]).SaveAsync(app);
        var writer = await An.Author().Named($"Sari Wulandari {Guid.NewGuid():N}"[..22]).SaveAsync(app);
        var second = await An.Author().SaveAsync(app);
        var editor = await An.Author().SaveAsync(app);
        var article = await An.Article().In(section)
            .Titled($"Harga Beras Stabil Menjelang Akhir Tahun {Guid.NewGuid():N}"[..48])
            .WithDek("Stok di gudang cukup untuk enam bulan.")
            .WithDateline("Bandung")
            .By(writer).By(second).By(editor, CreditRole.Editor)
            .Tagged("Beras", "Harga Pangan")
            .WithImage("/media/uji/beras.jpg", "Karung beras di gudang", "Gudang beras di Bandung.", "Budi Santoso")
            .PublishedAt(new DateTime(2024, 6, 19, 1, 15, 0, DateTimeKind.Utc))
            .UpdatedAt(new DateTime(2024, 6, 19, 3, 0, 0, DateTimeKind.Utc))
            .WithBody("""
                Paragraf pembuka dengan [tautan](https://example.org/sumber).

                ## Subjudul

                > "Kutipan narasumber," kata seorang pejabat.

                - butir satu
                - butir dua

                ![Foto gudang](/media/uji/gudang.jpg "Keterangan foto gudang")
                """)
            .SaveAsync(app);

        var (response, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(article.Headline, page.Text("h1"));
        Assert.Equal(section.Name, page.Text(".article-header .section-label"));
        Assert.Equal("Stok di gudang cukup untuk enam bulan.", page.Text(".article-header .dek"));
        Assert.Equal("Rabu, 19 Juni 2024 08:15 WIB", page.Text(".published time"));
        Assert.Equal("2024-06-19T08:15:00+07:00", page.QuerySelector(".published time")?.GetAttribute("datetime"));
        Assert.Contains("Rabu, 19 Juni 2024 10:00 WIB", page.Text(".updated"), StringComparison.Ordinal);
        var bylines = page.QuerySelectorAll(".byline a[rel=author]").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([(writer.Name, $"/penulis/{writer.Slug}/"), (second.Name, $"/penulis/{second.Slug}/")], bylines);
        Assert.Contains(editor.Name, page.Text(".credits"), StringComparison.Ordinal);
        Assert.Equal("Karung beras di gudang", page.QuerySelector(".featured-image img")?.GetAttribute("alt"));
        Assert.Contains("Gudang beras di Bandung.", page.Text(".featured-image figcaption"), StringComparison.Ordinal);
        Assert.Contains("Foto: Budi Santoso", page.Text(".featured-image figcaption"), StringComparison.Ordinal);
        Assert.Equal("BANDUNG", page.Text(".dateline strong"));
        Assert.Equal("Subjudul", page.Text(".article-body h2"));
        Assert.Contains("Kutipan narasumber", page.Text(".article-body blockquote"), StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll(".article-body ul li").Length);
        Assert.Equal("https://example.org/sumber", page.QuerySelector(".article-body a")?.GetAttribute("href"));
        Assert.Equal("Keterangan foto gudang", page.Text(".article-body figure figcaption"));
        Assert.Equal(["Beras", "Harga Pangan"], page.QuerySelectorAll(".tags a[rel=tag]").Select(a => a.TextContent).ToArray());
        Assert.NotNull(page.QuerySelector("section#komentar"));
        Assert.Equal("Stok di gudang cukup untuk enam bulan.", page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.EndsWith(WartaApp.UrlOf(article), page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_NotUpdatedAfterPublication_ShowsNoUpdatedTime()
    {
        var article = await An.Article().SaveAsync(app);

        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));

        Assert.Null(page.QuerySelector(".updated"));
    }

    [Fact]
    public async Task Article_CarriesItsLanguage()
    {
        var article = await An.Article().InLanguage("en").Titled($"Rice Prices Hold Steady {Guid.NewGuid():N}"[..32]).SaveAsync(app);

        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));

        Assert.Equal("en", page.QuerySelector("article.article")?.GetAttribute("lang"));
        Assert.Equal("id", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Article_ListsRelatedArticles_BySimilarContentAndSharedTags_NeverItself()
    {
        var section = await A.Section().SaveAsync(app);
        var otherSection = await A.Section().SaveAsync(app);
        var tag = $"Topik {Guid.NewGuid():N}"[..14];
        // Headlines as a desk writes them, about their own story: the headline's words count for relatedness too.
        var article = await An.Article().In(section).Tagged(tag).Titled($"Solar langka di pesisir {Guid.NewGuid():N}"[..32])
            .WithBody("Nelayan di pesisir utara mengeluhkan solar langka. Perahu nelayan tertambat berhari-hari di dermaga.").SaveAsync(app);
        var similar = await An.Article().In(otherSection).Titled($"Nelayan tidak melaut {Guid.NewGuid():N}"[..30])
            .WithBody("Solar langka membuat ratusan nelayan pesisir tidak melaut; perahu menumpuk di dermaga.").SaveAsync(app);
        var sameTag = await An.Article().In(otherSection).Tagged(tag).Titled($"Bantuan mesin perahu {Guid.NewGuid():N}"[..30])
            .WithBody("Dinas perikanan menyiapkan bantuan mesin untuk perahu nelayan kecil.").SaveAsync(app);
        var unrelated = await An.Article().In(otherSection).Titled($"Juara bulu tangkis {Guid.NewGuid():N}"[..28])
            .WithBody("Tim bulu tangkis putri menjuarai turnamen di Bangkok.").SaveAsync(app);
        await app.WaitForSearchAsync();

        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));

        var related = page.QuerySelectorAll(".related h3 a").Select(a => a.TextContent).ToList();
        Assert.Contains(similar.Headline, related);
        Assert.Contains(sameTag.Headline, related);
        Assert.DoesNotContain(unrelated.Headline, related);
        Assert.DoesNotContain(article.Headline, related);
    }

    [Fact]
    public async Task Article_Body_IsSanitized()
    {
        var article = await An.Article().WithHtmlBody(
            """<p onclick="alert(1)">Teks <script>alert(2)</script><a href="javascript:alert(3)">tautan</a></p><iframe src="https://evil.example"></iframe><img src=x onerror=alert(4)>""")
            .SaveAsync(app);

        var html = await app.CreateReader().GetStringAsync(WartaApp.UrlOf(article));
        var body = Html.Parse(html).QuerySelector(".article-body")!.InnerHtml;

        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Teks", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_Headline_IsEncoded()
    {
        var article = await An.Article().Titled($"Judul <script>alert('x')</script> {Guid.NewGuid():N}"[..44]).SaveAsync(app);

        var html = await app.CreateReader().GetStringAsync(WartaApp.UrlOf(article));

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ArticleStatus.Draft)]
    [InlineData(ArticleStatus.PendingReview)]
    [InlineData(ArticleStatus.Scheduled)]
    [InlineData(ArticleStatus.Unpublished)]
    [InlineData(ArticleStatus.Trashed)]
    public async Task Article_NotPublished_Gives404(ArticleStatus status)
    {
        var article = await An.Article().WithStatus(status).SaveAsync(app);

        var response = await app.CreateReader().GetAsync(WartaApp.UrlOf(article));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Article_PageOfALongStory_StaysUnder60KB()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 25; i++) body.AppendLine($"Paragraf ke-{i} dengan kalimat yang cukup panjang tentang kebijakan publik dan dampaknya bagi warga di daerah.\n");
        var article = await An.Article().WithBody(body.ToString()).Tagged("Satu", "Dua", "Tiga").SaveAsync(app);

        var bytes = await app.CreateReader().GetByteArrayAsync(WartaApp.UrlOf(article));

        Assert.InRange(bytes.Length, 1, 60 * 1024);
    }
}
