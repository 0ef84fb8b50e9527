namespace Warta.Web.Search;

/// <summary>
/// Field names in the index. Text fields carry the language ("headline_id", "body_en") so each language keeps its
/// own analyzer; "text_…" holds all of a story's words, so matching a word reads one list per language, while the
/// shorter fields (headline, tags, dek, byline) only add to the rank; "names" holds everything unstemmed, for
/// typo-tolerant matching of people and places and for words that stand together.
/// </summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Slug = "slug";
    public const string Section = "section";
    public const string Language = "lang";
    public const string Published = "published";
    public const string PublishedSort = "published_sort";
    public const string Tag = "tag";
    public const string Names = "names";
    public const string StoredHeadline = "stored_headline";
    public const string StoredDek = "stored_dek";
    public const string StoredText = "stored_text";

    public static readonly string[] Languages = ["id", "en"];

    public static string Headline(string language) => "headline_" + language;
    public static string Dek(string language) => "dek_" + language;
    /// <summary>Everything a reader reads of the story (headline, dek, tags, bylines, body), stemmed: what a word must match.</summary>
    public static string Text(string language) => "text_" + language;
    public static string Tags(string language) => "tags_" + language;
    public static string Byline(string language) => "byline_" + language;

    public static string LanguageOf(string field) => field.EndsWith("_en", StringComparison.Ordinal) ? "en" : "id";
}
