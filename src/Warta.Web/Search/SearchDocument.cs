using System.Net;
using System.Text.RegularExpressions;
using Lucene.Net.Documents;
using Markdig;
using Warta.Web.Articles;

namespace Warta.Web.Search;

/// <summary>Turns an article into a Lucene document: per-language text fields, filters, sort key, stored snippets.</summary>
public sealed partial class SearchDocument(Articles.Body.BodySanitizer sanitizer)
{
    public Document Build(IndexedArticle a)
    {
        var language = a.Language == "en" ? "en" : "id";
        var text = PlainText(a, sanitizer);
        var everything = string.Join(" \n ", [a.Headline, a.Dek ?? "", string.Join(" , ", a.Tags), string.Join(" , ", a.Bylines), text]);
        var doc = new Document
        {
            new StringField(IndexFields.Id, a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(IndexFields.Slug, a.Slug, Field.Store.YES),
            new StringField(IndexFields.Section, a.SectionSlug, Field.Store.YES),
            new StringField(IndexFields.Language, language, Field.Store.YES),
            new Int64Field(IndexFields.Published, a.PublishedAt.Ticks, Field.Store.YES),
            new NumericDocValuesField(IndexFields.PublishedSort, a.PublishedAt.Ticks),
            new TextField(IndexFields.Headline(language), a.Headline, Field.Store.NO),
            new TextField(IndexFields.Text(language), everything, Field.Store.NO),
            new TextField(IndexFields.Tags(language), string.Join(" , ", a.Tags), Field.Store.NO),
            new TextField(IndexFields.Byline(language), string.Join(" , ", a.Bylines), Field.Store.NO),
            new TextField(IndexFields.Names, everything, Field.Store.NO),
            new StoredField(IndexFields.StoredHeadline, a.Headline),
            new StoredField(IndexFields.StoredText, text),
        };
        if (a.Dek is { } dek)
        {
            doc.Add(new TextField(IndexFields.Dek(language), dek, Field.Store.NO));
            doc.Add(new StoredField(IndexFields.StoredDek, dek));
        }
        foreach (var slug in a.TagSlugs) doc.Add(new StringField(IndexFields.Tag, slug, Field.Store.YES));
        return doc;
    }

    /// <summary>
    /// The words of the body a reader sees, without markup or "Baca juga" blocks. Nothing here reaches a page
    /// unencoded (snippets are HTML-encoded when highlighted), so the costly sanitizer runs only for a body that may
    /// hide something (hidden elements, which the page drops); comments, scripts and styles are stripped either way.
    /// </summary>
    private static string PlainText(IndexedArticle a, Articles.Body.BodySanitizer sanitizer)
    {
        var body = BacaJugaShortcode().Replace(a.Body, " ");
        if (a.BodyFormat == BodyFormat.Html && Articles.Body.BodySanitizer.MayHide(body)) body = sanitizer.Sanitize(body);
        var text = a.BodyFormat == BodyFormat.Markdown
            ? Markdown.ToPlainText(body)
            : WebUtility.HtmlDecode(Tags().Replace(BlockEnds().Replace(body, "\n"), " "));
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\[baca-juga\s+id=""?\d+""?\s*\]")]
    private static partial Regex BacaJugaShortcode();

    [GeneratedRegex("</(p|h[1-6]|li|blockquote|figcaption|td|th)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnds();

    [GeneratedRegex("<!--.*?-->|<(script|style|template)[^>]*>.*?</\\1>|<[^>]+>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\r]*\n[\s]*|[ \t]+")]
    private static partial Regex Spaces();
}
