using System.Globalization;
using Microsoft.Extensions.Localization;
using Warta.Web.Articles;
using Warta.Web.Resources;

namespace Warta.Web.Newsroom.Articles;

/// <summary>What the editor posts. Everything typed comes back on the page when something is wrong.</summary>
public sealed class ArticleForm
{
    // Model binding turns an empty input into null; the form keeps strings, so nothing downstream meets a null.
    public string Headline { get; set => field = value ?? ""; } = "";
    public string? Dek { get; set; }
    public string? Slug { get; set; }
    public int SectionId { get; set; }
    public string? Tags { get; set; }
    public string? Dateline { get; set; }
    public string Language { get; set => field = value ?? "id"; } = "id";
    public string? MetaDescription { get; set; }

    /// <summary>Empty: everyone reads the story. Set: the story's page asks for it (WordPress's "password protected").</summary>
    public string? Password { get; set; }
    public string Body { get; set => field = value ?? ""; } = "";

    /// <summary>Set by the REST API, whose clients send HTML; the editor's form never changes how a body is written.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public BodyFormat? Format { get; set; }
    public string? ImageUrl { get; set; }
    public string? ImageAlt { get; set; }
    public string? ImageCaption { get; set; }
    public string? ImageCredit { get; set; }
    public List<int> CreditAuthor { get; set; } = [];
    public List<CreditRole> CreditRole { get; set; } = [];

    /// <summary>Local date and time in the site's zone, as the datetime-local input sends it ("2024-06-19T08:15").</summary>
    public string? ScheduleAt { get; set; }

    public int Version { get; set; }

    public bool CommentsOpen { get; set; } = true;
    public bool IsPinned { get; set; }

    /// <summary>The editorial checks' findings dismissed, each by its fingerprint with a reason (an empty reason dismisses nothing).</summary>
    public List<Dismissal> Dismissals { get; set; } = [];

    public sealed class Dismissal
    {
        public string? Fingerprint { get; set; }
        public string? Reason { get; set; }
    }

    public IEnumerable<(string Fingerprint, string Reason)> GivenDismissals =>
        Dismissals.Where(d => !string.IsNullOrWhiteSpace(d.Fingerprint) && !string.IsNullOrWhiteSpace(d.Reason)).Select(d => (d.Fingerprint!, d.Reason!));

    /// <summary>The words as the checks take them; <paramref name="stored"/> is how the story's body is written (the form never changes it).</summary>
    public Checks.CheckInput CheckInput(BodyFormat stored) => new(Headline.Trim(), Dek, MetaDescription, Body, Format ?? stored, Language);

    public IEnumerable<string> TagNames =>
        (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<(int AuthorId, CreditRole Role)> Credits =>
        CreditAuthor.Zip(CreditRole).Where(c => c.First > 0).Select(c => (c.First, c.Second)).Distinct();

    public DateTime? ScheduleLocal =>
        DateTime.TryParseExact(ScheduleAt, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;

    /// <summary>Field name → localized problem; empty when the form can be saved.</summary>
    public Dictionary<string, string> Validate(IStringLocalizer<SharedResource> text, bool scheduling)
    {
        var problems = new Dictionary<string, string>();
        void Check(bool ok, string field, string key, params object[] args) { if (!ok) problems.TryAdd(field, text[key, args]); }

        Check(!string.IsNullOrWhiteSpace(Headline), nameof(Headline), "FieldRequired", text["EdHeadline"]);
        Check(Headline.Length <= Article.HeadlineMaxLength, nameof(Headline), "FieldTooLong", text["EdHeadline"], Article.HeadlineMaxLength);
        Check((Dek ?? "").Length <= Article.DekMaxLength, nameof(Dek), "FieldTooLong", text["EdDek"], Article.DekMaxLength);
        Check(string.IsNullOrEmpty(Slug) || Warta.Web.Articles.Slug.IsValid(Slug), nameof(Slug), "SlugInvalid", Warta.Web.Articles.Slug.MaxLength);
        Check(SectionId > 0, nameof(SectionId), "FieldRequired", text["EdSection"]);
        Check((Dateline ?? "").Length <= 100, nameof(Dateline), "FieldTooLong", text["EdDateline"], 100);
        Check(Language is "id" or "en", nameof(Language), "FieldRequired", text["EdLanguage"]);
        Check((Password ?? "").Trim().Length <= Article.PasswordMaxLength, nameof(Password), "FieldTooLong", text["EdPassword"], Article.PasswordMaxLength);
        Check((MetaDescription ?? "").Length <= Article.MetaDescriptionMaxLength, nameof(MetaDescription), "FieldTooLong", text["EdMetaDescription"], Article.MetaDescriptionMaxLength);
        Check(Body.Length <= Article.BodyMaxLength, nameof(Body), "FieldTooLong", text["EdBody"], Article.BodyMaxLength);
        Check(TagNames.All(t => t.Length <= 200 && Warta.Web.Articles.Slug.From(t).Length > 0), nameof(Tags), "TagsInvalid");
        Check((ImageUrl ?? "").Length <= 1000 && (string.IsNullOrEmpty(ImageUrl) || ImageUrl.StartsWith('/') || ImageUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase)), nameof(ImageUrl), "ImageUrlInvalid");
        Check(string.IsNullOrEmpty(ImageUrl) || !string.IsNullOrWhiteSpace(ImageAlt), nameof(ImageAlt), "ImageAltRequired");
        Check((ImageAlt ?? "").Length <= 500 && (ImageCaption ?? "").Length <= 1000 && (ImageCredit ?? "").Length <= 300, nameof(ImageCaption), "FieldTooLong", text["EdImage"], 1000);
        if (scheduling) Check(ScheduleLocal is not null, nameof(ScheduleAt), "ScheduleInvalid");
        Check(Dismissals.All(d => (d.Reason ?? "").Trim().Length <= Checks.CheckDismissal.ReasonMaxLength), nameof(Dismissals), "FieldTooLong", text["ChkReason"], Checks.CheckDismissal.ReasonMaxLength);
        return problems;
    }

    public static ArticleForm From(Article a, Func<DateTime, DateTime> toLocal) => new()
    {
        Headline = a.Headline, Dek = a.Dek, Slug = a.Slug, SectionId = a.SectionId,
        Tags = string.Join(", ", a.Tags.Select(t => t.Name)), Dateline = a.Dateline, Language = a.Language,
        MetaDescription = a.MetaDescription, Password = a.Password, Body = a.Body, ImageUrl = a.FeaturedImageUrl, ImageAlt = a.FeaturedImageAlt,
        ImageCaption = a.FeaturedImageCaption, ImageCredit = a.FeaturedImageCredit,
        CreditAuthor = a.Bylines.OrderBy(b => b.Position).Select(b => b.AuthorId).ToList(),
        CreditRole = a.Bylines.OrderBy(b => b.Position).Select(b => b.Role).ToList(),
        ScheduleAt = a.Status == ArticleStatus.Scheduled && a.PublishedAt is { } at ? toLocal(at).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : null,
        Version = a.Version,
        CommentsOpen = a.CommentsOpen,
        IsPinned = a.IsPinned,
        Dismissals = Checks.CheckDismissal.Read(a.CheckNotes).ConvertAll(d => new Dismissal { Fingerprint = d.Fingerprint, Reason = d.Reason }),
    };
}
