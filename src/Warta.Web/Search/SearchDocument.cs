using System.Net;
using System.Text.RegularExpressions;
using Lucene.Net.Documents;
using Markdig;
using Warta.Web.Articles;

namespace Warta.Web.Search;

/// <summary>Turns an article into a Lucene document: per-language text fields, filters, sort key, stored snippets.</summary>
public sealed partial class SearchDocument(Articles.Body.BodySanitizer sanitizer)
{
    public Document Build(IndexedArticle a) => Build(a, new KeyFields());

    /// <param name="keys">
    /// The unanalysed fields to fill: a document built with the same ones before is spoilt, so only a caller that has
    /// added that document to the index already (one indexing thread) passes them again.
    /// </param>
    public Document Build(IndexedArticle a, KeyFields keys)
    {
        var language = a.Language == "en" ? "en" : "id";
        var text = PlainText(a, sanitizer);
        var everything = string.Join(" \n ", [a.Headline, a.Dek ?? "", string.Join(" , ", a.Tags), string.Join(" , ", a.Bylines), text]);
        var doc = new Document
        {
            KeyFields.Set(keys.Id, a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            KeyFields.Set(keys.Slug, a.Slug),
            KeyFields.Set(keys.Section, a.SectionSlug),
            KeyFields.Set(keys.Language, language),
            KeyFields.Set(keys.Published, a.PublishedAt.Ticks),
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
        var i = 0;
        foreach (var slug in a.TagSlugs) doc.Add(keys.Tag(i++, slug));
        return doc;
    }

    /// <summary>
    /// The fields that are indexed whole (keys, filters, the time). Each makes a token stream of its own when it is
    /// first indexed, and Lucene creates a stream's attributes under one lock for the whole process: a rebuild running
    /// on every core queued on it for every story until each indexing thread kept its own set and filled it again.
    /// </summary>
    public sealed class KeyFields
    {
        internal readonly StringField Id = new(IndexFields.Id, "", Field.Store.YES);
        internal readonly StringField Slug = new(IndexFields.Slug, "", Field.Store.YES);
        internal readonly StringField Section = new(IndexFields.Section, "", Field.Store.YES);
        internal readonly StringField Language = new(IndexFields.Language, "", Field.Store.YES);
        internal readonly Int64Field Published = new(IndexFields.Published, 0L, Field.Store.YES);
        private readonly List<StringField> tags = [];

        internal static StringField Set(StringField field, string value)
        {
            field.SetStringValue(value);
            return field;
        }

        internal static Int64Field Set(Int64Field field, long value)
        {
            field.SetInt64Value(value);
            return field;
        }

        internal StringField Tag(int i, string slug)
        {
            while (tags.Count <= i) tags.Add(new StringField(IndexFields.Tag, "", Field.Store.YES));
            return Set(tags[i], slug);
        }
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
