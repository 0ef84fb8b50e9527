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

        Assert.Equal("<ul class=\"gallery\"><li><figure><img src=\"https://lama.example/a.jpg\" alt=\"\"></figure></li><li><figure><img src=\"https://lama.example/b.jpg\" alt=\"\"></figure></li></ul>", html);
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

    private static WxrItem Attachment(int id, int parent, string title, string? alt = null) =>
        new(id, "attachment", "inherit", title, null, null, null, "", null, null, null, null, parent, false, $"https://lama.example/{title}.jpg", [],
            alt is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["_wp_attachment_image_alt"] = alt }, []);

    [Fact]
    public void AGalleryWithoutIds_ShowsTheImagesUploadedToThePost_AsFiguresWithTheirAltText()
    {
        var media = new WordPressMedia();
        media.Add(Attachment(12, 5, "pantai", "Pantai di pagi hari"), "https://lama.example/pantai.jpg");
        media.Add(Attachment(11, 5, "perahu"), "https://lama.example/perahu.jpg");
        media.Add(Attachment(13, 6, "lain"), "https://lama.example/lain.jpg");

        var html = Sanitized(WordPressContent.Convert("<h2>Foto-foto</h2>\n\n[gallery columns=\"3\"]", media, postId: 5));

        var page = Parse(html);
        Assert.Equal(["https://lama.example/perahu.jpg", "https://lama.example/pantai.jpg"], page.QuerySelectorAll("ul.gallery figure img").Select(i => i.GetAttribute("src")));
        Assert.Equal(["perahu", "Pantai di pagi hari"], page.QuerySelectorAll("ul.gallery figcaption").Select(f => f.TextContent));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

    private static string Sanitized(string html) => new Warta.Web.Articles.Body.BodySanitizer().Sanitize(html);

    [Fact]
    public void BlockEditorColumnsButtonsAndEmbeds_KeepTheirWords_ThroughTheSanitizer()
    {
        const string blocks = """
            <!-- wp:columns --><div class="wp-block-columns"><!-- wp:column --><div class="wp-block-column"><!-- wp:paragraph -->
            <p>Kolom kiri berisi fakta.</p>
            <!-- /wp:paragraph --></div><!-- /wp:column --><!-- wp:column --><div class="wp-block-column"><!-- wp:paragraph -->
            <p>Kolom kanan berisi opini.</p>
            <!-- /wp:paragraph --></div><!-- /wp:column --></div><!-- /wp:columns -->

            <!-- wp:buttons --><div class="wp-block-buttons"><!-- wp:button --><div class="wp-block-button"><a class="wp-block-button__link" href="https://contoh.example/daftar">Daftar sekarang</a></div><!-- /wp:button --></div><!-- /wp:buttons -->

            <!-- wp:embed {"url":"https://www.youtube.com/watch?v=abc123","type":"video","providerNameSlug":"youtube"} -->
            <figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">
            https://www.youtube.com/watch?v=abc123
            </div></figure>
            <!-- /wp:embed -->
            """;

        var page = Parse(Sanitized(WordPressContent.Convert(blocks)));

        var text = page.Body!.TextContent;
        Assert.Contains("Kolom kiri berisi fakta.", text, StringComparison.Ordinal);
        Assert.Contains("Kolom kanan berisi opini.", text, StringComparison.Ordinal);
        Assert.Equal("Daftar sekarang", page.QuerySelector("a[href='https://contoh.example/daftar']")?.TextContent);
        Assert.NotNull(page.QuerySelector("figure a[href='https://www.youtube.com/watch?v=abc123']"));
        Assert.Null(page.QuerySelector("iframe"));
        Assert.Null(page.QuerySelector("[class*=wp-block]"));
    }

    [Theory]
    [InlineData("[audio src=\"https://lama.example/wawancara.mp3\"]", "https://lama.example/wawancara.mp3")]
    [InlineData("[audio mp3=\"https://lama.example/lagu.mp3\"][/audio]", "https://lama.example/lagu.mp3")]
    [InlineData("[video width=\"640\" mp4=\"https://lama.example/liputan.mp4\"][/video]", "https://lama.example/liputan.mp4")]
    [InlineData("[video]https://lama.example/klip.webm[/video]", "https://lama.example/klip.webm")]
    public void AudioAndVideoShortcodes_OfFilesElsewhere_BecomeLinksToThem_NotRawText_NorPlayers(string shortcode, string file)
    {
        var html = Sanitized(WordPressContent.Convert("Dengarkan:\n\n" + shortcode));

        Assert.DoesNotContain("[", html, StringComparison.Ordinal);
        Assert.Equal(file, Parse(html).QuerySelector("a")?.GetAttribute("href"));
        Assert.Null(Parse(html).QuerySelector("audio, video"));
    }

    [Fact]
    public void AnAudioShortcode_OfAFileTheImportFetched_BecomesAPlayer()
    {
        var media = new WordPressMedia();
        media.Add(901, "https://lama.example/wawancara.mp3");
        media.SetLocal(901, "/media/files/2024/06/abc.mp3");

        var html = Sanitized(WordPressContent.Convert("[audio src=\"https://lama.example/wawancara.mp3\"]", media, 0));

        Assert.Equal("/media/files/2024/06/abc.mp3", Parse(html).QuerySelector("audio[controls]")?.GetAttribute("src"));
    }

    [Fact]
    public void ScriptsAndStylesInABody_NeverBecomeText_NorRun()
    {
        var html = Sanitized("<div><p>Aman.</p><script>alert(1)</script><style>p{color:red}</style></div>");

        Assert.Equal("<div><p>Aman.</p></div>", html);
    }
}
