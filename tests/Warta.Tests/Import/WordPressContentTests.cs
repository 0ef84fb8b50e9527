using Warta.Web.Import.WordPress;

namespace Warta.Tests.Import;

public class WordPressContentTests
{
    [Fact]
    public void BlankLines_MakeParagraphs_AndSingleNewlines_LineBreaks()
    {
        var html = WordPressContent.Convert("Paragraf satu.\nBaris kedua.\n\nParagraf dua.");

        Assert.Equal("<p>Paragraf satu.<br />\nBaris kedua.</p>\n<p>Paragraf dua.</p>", html);
    }

    [Fact]
    public void BlockElements_AreNotWrappedInParagraphs()
    {
        var html = WordPressContent.Convert("Pembuka.\n<blockquote>Kutipan.</blockquote>\n<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>\nPenutup.");

        Assert.DoesNotContain("<p><blockquote>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p><ul>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Pembuka.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Penutup.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li>satu</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pre_IsLeftAlone()
    {
        var html = WordPressContent.Convert("Kode:\n\n<pre>baris 1\n\nbaris 2</pre>");

        Assert.Contains("<pre>baris 1\n\nbaris 2</pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Caption_BecomesAFigureWithItsCaption()
    {
        var html = WordPressContent.Convert("[caption id=\"attachment_201\" align=\"aligncenter\" width=\"640\"]<img src=\"https://lama.example/foto.jpg\" alt=\"Banjir\" width=\"640\" /> Warga mengungsi.[/caption]");

        Assert.Equal("<figure><img src=\"https://lama.example/foto.jpg\" alt=\"Banjir\" width=\"640\" /><figcaption>Warga mengungsi.</figcaption></figure>", html);
    }

    [Fact]
    public void Gallery_ListsTheAttachmentsItNames()
    {
        var html = WordPressContent.Convert("[gallery ids=\"7,8,99\"]", new Dictionary<int, string> { [7] = "https://lama.example/a.jpg", [8] = "https://lama.example/b.jpg" });

        Assert.Equal("<ul class=\"gallery\"><li><img src=\"https://lama.example/a.jpg\" alt=\"\"></li><li><img src=\"https://lama.example/b.jpg\" alt=\"\"></li></ul>", html);
    }

    [Fact]
    public void EmbedsAndBareAddresses_BecomePlainLinks_NeverPlayers()
    {
        var html = WordPressContent.Convert("Tonton:\n\nhttps://www.youtube.com/watch?v=abc\n\n[embed]https://twitter.com/x/status/1[/embed]\n\n[embed]javascript:alert(1)[/embed]");

        Assert.Contains("<p><a href=\"https://www.youtube.com/watch?v=abc\">https://www.youtube.com/watch?v=abc</a></p>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://twitter.com/x/status/1\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockEditorComments_AreDropped_TheirContentKept()
    {
        var html = WordPressContent.Convert("<!-- wp:paragraph -->\n<p>Isi blok.</p>\n<!-- /wp:paragraph -->");

        Assert.Equal("<p>Isi blok.</p>", html);
    }
}
