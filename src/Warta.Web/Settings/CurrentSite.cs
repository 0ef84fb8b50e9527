using System.Globalization;

namespace Warta.Web.Settings;

/// <summary>An immutable snapshot of the site settings, with what is derived from them computed once.</summary>
public sealed record CurrentSite(string Name, string? Tagline, string Language, CultureInfo Culture, SiteTime Time, int ArticlesPerPage, bool FeedFullText, bool ShowStaffInitials, int PopularWindowHours, SiteIdentity Identity, Comments.DiscussionSettings Discussion,
    Web.Checks.CheckSettings Checks)
{
    public static CurrentSite From(SiteSettings s)
    {
        var language = SiteLanguages.IsSupported(s.Language) ? s.Language : SiteLanguages.Indonesian;
        return new(s.Name, s.Tagline, language, SiteLanguages.CultureFor(language), SiteTime.For(s.TimeZone),
            Math.Clamp(s.ArticlesPerPage, 1, 100), s.FeedFullText, s.ShowStaffInitials, s.PopularWindowHours == 168 ? 168 : 24, SiteIdentity.From(s), Comments.DiscussionSettings.From(s),
            Web.Checks.CheckSettings.From(s));
    }
}
