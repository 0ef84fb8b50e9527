using Microsoft.Extensions.Localization;
using Warta.Web.Articles;
using Warta.Web.Resources;

namespace Warta.Web.Media;

/// <summary>
/// The words a library item carries (alt text, caption, credit): their bounds, checked alike on upload, on the
/// item's page and through the REST API, and how they are kept.
/// </summary>
public static class MediaWords
{
    public const int AltMaxLength = 500;
    public const int CaptionMaxLength = 1000;
    public const int CreditMaxLength = 300;

    /// <summary>What is wrong, keyed by field (alt, caption, credit); alt text is required where <paramref name="altRequired"/>.</summary>
    public static Dictionary<string, string> Check(bool altRequired, string? alt, string? caption, string? credit, IStringLocalizer<SharedResource> text)
    {
        var problems = new Dictionary<string, string>();
        if ((altRequired && string.IsNullOrWhiteSpace(alt)) || (alt ?? "").Trim().Length > AltMaxLength) problems["alt"] = text["MediaAltRequired"];
        if ((caption ?? "").Trim().Length > CaptionMaxLength) problems["caption"] = text["FieldTooLong", text["EdImageCaption"], CaptionMaxLength];
        if ((credit ?? "").Trim().Length > CreditMaxLength) problems["credit"] = text["FieldTooLong", text["EdImageCredit"], CreditMaxLength];
        return problems;
    }

    public static void Apply(MediaItem item, string? alt, string? caption, string? credit)
    {
        item.Alt = (alt ?? "").Trim();
        item.Caption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim();
        item.Credit = CreditLine.Plain(credit);
    }
}
