using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;

namespace Warta.IntegrationTests.Pages;

public class BacaJugaTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task BacaJuga_RendersTheTargetsCurrentTitle_Linked()
    {
        var target = await An.Article().SaveAsync(app);
        var article = await An.Article().WithBody($"Pembuka.\n\n[baca-juga id={target.Id}]\n\nPenutup.").SaveAsync(app);

        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));

        var block = page.QuerySelector(".article-body p.baca-juga");
        Assert.NotNull(block);
        Assert.Equal($"Baca juga: {target.Headline}", block.TextContent.Trim());
        Assert.Equal(WartaApp.UrlOf(target), block.QuerySelector("a")?.GetAttribute("href"));
        Assert.DoesNotContain("[baca-juga", page.Text(".article-body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BacaJuga_FollowsATitleChange()
    {
        var target = await An.Article().SaveAsync(app);
        var article = await An.Article().WithBody($"[baca-juga id=\"{target.Id}\"]").SaveAsync(app);
        var client = app.CreateReader();
        await client.GetStringAsync(WartaApp.UrlOf(article));

        var newTitle = target.Headline + " (Diperbarui)";
        // Saved as the newsroom saves it: the change evicts the cached page that links to it.
        await app.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == target.Id)).Headline = newTitle;
            return await db.SaveChangesAsync();
        });
        var (_, page) = await client.GetPageAsync(WartaApp.UrlOf(article));

        Assert.Equal($"Baca juga: {newTitle}", page.Text(".baca-juga"));
    }

    [Fact]
    public async Task BacaJuga_ToAMissingArticle_RendersNothing()
    {
        var article = await An.Article().WithBody("Sebelum.\n\n[baca-juga id=987654321]\n\nSesudah.").SaveAsync(app);

        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));

        Assert.Null(page.QuerySelector(".baca-juga"));
        Assert.DoesNotContain("baca-juga", page.Text(".article-body"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Sesudah.", page.Text(".article-body"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ArticleStatus.Draft)]
    [InlineData(ArticleStatus.Unpublished)]
    public async Task BacaJuga_ToAnUnpublishedArticle_RendersNothing(ArticleStatus status)
    {
        var target = await An.Article().WithStatus(status).SaveAsync(app);
        var future = await An.Article().PublishedAt(DateTime.UtcNow.AddDays(2)).SaveAsync(app);
        var article = await An.Article().WithBody($"[baca-juga id={target.Id}]\n\n[baca-juga id={future.Id}]\n\nIsi.").SaveAsync(app);

        var html = await app.CreateReader().GetStringAsync(WartaApp.UrlOf(article));

        Assert.DoesNotContain(target.Headline, html, StringComparison.Ordinal);
        Assert.DoesNotContain(future.Headline, html, StringComparison.Ordinal);
        Assert.Null(Html.Parse(html).QuerySelector(".baca-juga"));
    }

    [Fact]
    public async Task BacaJuga_InImportedHtml_RendersToo()
    {
        var target = await An.Article().SaveAsync(app);
        var article = await An.Article().WithHtmlBody($"<p>Isi impor.</p>\n<p>[baca-juga id={target.Id}]</p>\n<p>Lanjutan.</p>").SaveAsync(app);

        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));

        Assert.Equal(WartaApp.UrlOf(target), page.QuerySelector(".baca-juga a")?.GetAttribute("href"));
    }
}
