namespace Warta.Web.Settings;

/// <summary>The site's own settings, one row, editable later in the back office.</summary>
public class SiteSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public string Name { get; set; } = "Warta";
    public string? Tagline { get; set; }

    /// <summary>UI language: "id" (default) or "en".</summary>
    public string Language { get; set; } = "id";

    /// <summary>IANA zone the newsroom works in; times are stored in UTC and shown here.</summary>
    public string TimeZone { get; set; } = "Asia/Jakarta";

    public int ArticlesPerPage { get; set; } = 10;

    /// <summary>Feeds carry the whole article (WordPress's default) or only its dek.</summary>
    public bool FeedFullText { get; set; } = true;

    /// <summary>Staff initials at the end of each story, "(rhd/ytg)", as many Indonesian newsrooms print them.</summary>
    public bool ShowStaffInitials { get; set; }

    /// <summary>"Terpopuler" counts the last 24 hours (default) or the last 168 (a week).</summary>
    public int PopularWindowHours { get; set; } = 24;

    public string? LogoUrl { get; set; }
    public string? FaviconUrl { get; set; }

    /// <summary>The one colour a newspaper is known by (#rrggbb).</summary>
    public string AccentColor { get; set; } = "#b3261e";

    /// <summary>Profile addresses (one per line) linked in the footer and listed as sameAs in structured data.</summary>
    public string? SocialLinks { get; set; }

    /// <summary>The publisher named in JSON-LD when it differs from the site name (a company behind a masthead).</summary>
    public string? PublisherName { get; set; }
    public string? PublisherLogoUrl { get; set; }

    // Discussion settings, with WordPress's meaning and defaults (its Settings › Discussion screen).
    public bool CommentNameEmailRequired { get; set; } = true;
    public bool CommentManualApproval { get; set; }
    public bool CommentPreviouslyApproved { get; set; } = true;

    /// <summary>
    /// Readers (not only staff) may comment through the REST API (<c>POST /wp-json/wp/v2/comments</c>), as WordPress's
    /// rest_allow_anonymous_comments filter allows: off by default, as there.
    /// </summary>
    public bool CommentsThroughApi { get; set; }

    /// <summary>The editorial checks: how many "Baca juga" blocks a story may carry.</summary>
    public int MaxRelatedBlocks { get; set; } = Checks.CheckContext.DefaultMaxRelated;

    /// <summary>The editorial checks whose findings stop publishing, by id, comma-separated; none by default.</summary>
    public string? BlockingChecks { get; set; }

    /// <summary>Hold a comment with this many links or more (WordPress's comment_max_links; bare URLs count).</summary>
    public int CommentMaxLinks { get; set; } = 2;
    public string? CommentModerationWords { get; set; }
    public string? CommentDisallowedWords { get; set; }

    /// <summary>Close comments on stories older than this many days; 0 keeps them open.</summary>
    public int CommentCloseAfterDays { get; set; }
    public int CommentThreadDepth { get; set; } = 5;
    public int CommentsPerPage { get; set; } = 50;

    /// <summary>List pingbacks and trackbacks (kept from a WordPress import) under a story, apart from readers' comments.</summary>
    public bool ShowPings { get; set; } = true;
}
