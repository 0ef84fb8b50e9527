using Microsoft.Extensions.Caching.Memory;
using Warta.Web.Articles;
using Warta.Web.Articles.Body;

namespace Warta.Tests;

public class BodyRendererTests
{
    private static readonly BodyRenderer Renderer = new(new BodySanitizer(), new MemoryCache(new MemoryCacheOptions()));

    private static string Html(string body, BodyFormat format = BodyFormat.Markdown) =>
        string.Concat(Renderer.Render(body, format).Parts);

    [Fact]
    public void Markdown_RendersEditorialMarkup()
    {
        var html = Html("## Sub\n\nTeks **tebal** dan *miring* dengan [tautan](https://contoh.id).\n\n> kutipan\n\n1. satu\n2. dua\n");

        Assert.Contains("<h2>Sub</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>tebal</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>miring</em>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://contoh.id\">tautan</a>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("<ol>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ImageWithTitle_BecomesAFigureWithCaption()
    {
        var html = Html("![Alt foto](/media/a.jpg \"Keterangan foto\")");

        Assert.Contains("<figure><img src=\"/media/a.jpg\" alt=\"Alt foto\"><figcaption>Keterangan foto</figcaption></figure>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ImageWithoutTitle_StaysAPlainImage()
    {
        var html = Html("![Alt foto](/media/a.jpg)");

        Assert.DoesNotContain("<figure>", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/media/a.jpg\" alt=\"Alt foto\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<object data=\"x.swf\"></object>")]
    [InlineData("[x](javascript:alert(1))")]
    public void Sanitizer_RemovesScriptsHandlersAndFrames(string input)
    {
        foreach (var format in new[] { BodyFormat.Markdown, BodyFormat.Html })
        {
            var html = Html(input, format);
            Assert.DoesNotContain("=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onload", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<object", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Html_KeepsFiguresTablesAndQuotes()
    {
        const string Input = "<figure><img src=\"/a.jpg\" alt=\"a\"><figcaption>Cap</figcaption></figure><table><tr><td>1</td></tr></table><blockquote>q</blockquote>";

        var html = Html(Input, BodyFormat.Html);

        Assert.Contains("<figcaption>Cap</figcaption>", html, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>q</blockquote>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void BacaJuga_BlocksAreCutOut_InOrder()
    {
        var body = Renderer.Render("Satu.\n\n[baca-juga id=12]\n\nDua.\n\n[baca-juga id=\"7\"]\n\nTiga.", BodyFormat.Markdown);

        Assert.Equal([12, 7], body.BacaJugaIds);
        Assert.Equal(3, body.Parts.Count);
        Assert.Contains("Satu.", body.Parts[0], StringComparison.Ordinal);
        Assert.Contains("Dua.", body.Parts[1], StringComparison.Ordinal);
        Assert.Contains("Tiga.", body.Parts[2], StringComparison.Ordinal);
        Assert.DoesNotContain("baca-juga", string.Concat(body.Parts), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lihat [baca-juga id=12] di tengah kalimat.")]
    [InlineData("[baca-juga id=abc]")]
    [InlineData("[baca-juga]")]
    public void BacaJuga_OnlyAsAParagraphOfItsOwn_WithANumericId(string body) =>
        Assert.Empty(Renderer.Render(body, BodyFormat.Markdown).BacaJugaIds);

    [Fact]
    public void Render_ForTheSameArticle_FollowsBodyEdits()
    {
        var first = Renderer.Render(42, "Versi satu.", BodyFormat.Markdown);
        var second = Renderer.Render(42, "Versi dua.", BodyFormat.Markdown);

        Assert.Contains("Versi satu.", first.Parts[0], StringComparison.Ordinal);
        Assert.Contains("Versi dua.", second.Parts[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BodyFormat.Markdown, "Halaman satu *miring\n\n<!--nextpage-->\n\nHalaman dua\n\n<!-- NextPage -->\n\nHalaman tiga")]
    [InlineData(BodyFormat.Html, "<p>Halaman satu <em>miring</p>\n<p><!--nextpage--></p>\n<div><p>Halaman dua</p>\n<!-- NextPage -->\n<p>Halaman tiga</p></div>")]
    public void NextPageMarks_CutTheStory_IntoWholePages(BodyFormat format, string body)
    {
        var pages = StoryPages.Split(Html(body, format));

        Assert.Equal(3, pages.Length);
        Assert.Contains("Halaman satu", pages[0], StringComparison.Ordinal);
        Assert.Contains("Halaman dua", pages[1], StringComparison.Ordinal);
        Assert.Contains("Halaman tiga", pages[2], StringComparison.Ordinal);
        // Each page is sanitized on its own: what one opens, it closes.
        foreach (var page in pages)
        {
            var parsed = new AngleSharp.Html.Parser.HtmlParser().ParseFragment(page, new AngleSharp.Html.Parser.HtmlParser().ParseDocument("").Body!);
            Assert.Equal(page.Trim(), string.Concat(parsed.Select(n => n is AngleSharp.Dom.IElement e ? e.OuterHtml : n.TextContent)).Trim());
        }
    }

    [Fact]
    public void APageBreak_WrittenByHand_IsNoPageBreak()
    {
        var html = Html("<p>Satu</p><hr class=\"page-break\"><p>Dua</p>", BodyFormat.Html);

        Assert.Single(StoryPages.Split(html));
        Assert.Contains("<hr>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<audio src=\"/media/files/2024/06/a.mp3\"></audio>", true)]
    [InlineData("<video controls src=\"/media/files/2024/06/a.mp4\" autoplay></video>", true)]
    [InlineData("<audio src=\"https://luar.example/a.mp3\"></audio>", false)]
    [InlineData("<video src=\"//luar.example/a.mp4\"></video>", false)]
    [InlineData("<video src=\"/media//luar.example/a.mp4\"></video>", false)]
    public void OnlyFilesOfThisSite_GetAPlayer(string player, bool plays)
    {
        var html = Html(player, BodyFormat.Html);

        Assert.Equal(plays, html.Contains("controls", StringComparison.Ordinal) && (html.Contains("<audio", StringComparison.Ordinal) || html.Contains("<video", StringComparison.Ordinal)));
        Assert.DoesNotContain("autoplay", html, StringComparison.Ordinal);
        if (!plays) Assert.Matches("^<a href=\"[^\"]+\">", html);
    }
}

/// <summary>The writing aids' Markdown (#19): tables, strikethrough and footnotes render, and only footnote ids survive.</summary>
public class WritingAidMarkupTests
{
    private static readonly BodyRenderer Renderer = new(new BodySanitizer(), new MemoryCache(new MemoryCacheOptions()));

    private static AngleSharp.Html.Dom.IHtmlDocument Render(string body, BodyFormat format = BodyFormat.Markdown) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(string.Concat(Renderer.Render(body, format).Parts));

    [Fact]
    public void TablesStrikethroughAndFootnotes_Render()
    {
        var page = Render("Harga ~~Rp12.000~~ Rp10.000 per kilo.[^1]\n\n| Pasar | Harga |\n|---|---|\n| Senen | 10.000 |\n\n[^1]: Menurut pedagang di Pasar Senen.\n");

        Assert.Equal("Rp12.000", page.QuerySelector("del")?.TextContent);
        Assert.Equal(["Senen", "10.000"], page.QuerySelectorAll("table tbody td").Select(td => td.TextContent));
        var reference = page.QuerySelector("a.footnote-ref")!;
        Assert.Equal("#fn:1", reference.GetAttribute("href"));
        Assert.Equal("fnref:1", reference.Id);
        Assert.Contains("Menurut pedagang", page.QuerySelector(".footnotes li[id='fn:1']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyOtherId_IsTakenOut_SoABodyCannotStandInForThePagesOwnAnchors()
    {
        var page = Render("""<h2 id="top">Judul</h2><p id="komentar">Isi</p><a id="fnref:2" href="#fn:2">2</a>""", BodyFormat.Html);

        Assert.Equal(["fnref:2"], page.QuerySelectorAll("[id]").Select(e => e.Id));
    }
}
