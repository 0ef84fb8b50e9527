namespace Warta.IntegrationTests.Api;

/// <summary>
/// The fields WordPress's REST API documents for each object (developer.wordpress.org/rest-api/reference/, view
/// context), with the JSON kind each must have: the contract the API's answers are held to. Written for this project
/// from the documented schema; "object" fields carry a "rendered" string.
/// </summary>
public static class WordPressSchema
{
    public static readonly (string Field, string Kind)[] Post =
    [
        ("id", "number"), ("date", "string"), ("date_gmt", "string"), ("guid", "object"), ("modified", "string"),
        ("modified_gmt", "string"), ("slug", "string"), ("status", "string"), ("type", "string"), ("link", "string"),
        ("title", "object"), ("content", "object"), ("excerpt", "object"), ("author", "number"), ("featured_media", "number"),
        ("comment_status", "string"), ("ping_status", "string"), ("sticky", "boolean"), ("template", "string"),
        ("format", "string"), ("categories", "array"), ("tags", "array"), ("_links", "object"),
    ];

    public static readonly (string Field, string Kind)[] Page =
    [
        ("id", "number"), ("date", "string"), ("date_gmt", "string"), ("guid", "object"), ("modified", "string"),
        ("modified_gmt", "string"), ("slug", "string"), ("status", "string"), ("type", "string"), ("link", "string"),
        ("title", "object"), ("content", "object"), ("excerpt", "object"), ("author", "number"), ("featured_media", "number"),
        ("parent", "number"), ("menu_order", "number"), ("comment_status", "string"), ("ping_status", "string"),
        ("template", "string"), ("_links", "object"),
    ];

    public static readonly (string Field, string Kind)[] Category =
    [
        ("id", "number"), ("count", "number"), ("description", "string"), ("link", "string"), ("name", "string"),
        ("slug", "string"), ("taxonomy", "string"), ("parent", "number"), ("_links", "object"),
    ];

    public static readonly (string Field, string Kind)[] Tag =
    [
        ("id", "number"), ("count", "number"), ("description", "string"), ("link", "string"), ("name", "string"),
        ("slug", "string"), ("taxonomy", "string"), ("_links", "object"),
    ];

    public static readonly (string Field, string Kind)[] User =
    [
        ("id", "number"), ("name", "string"), ("url", "string"), ("description", "string"), ("link", "string"),
        ("slug", "string"), ("avatar_urls", "object"), ("_links", "object"),
    ];

    /// <summary>WordPress's REST date: local or GMT, seconds, no offset.</summary>
    public const string DatePattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$";
}
