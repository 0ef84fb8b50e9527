using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Areas.Newsroom.Pages.Settings;

/// <summary>Site settings: name, tagline, language, time zone, page size, feed content.</summary>
[Authorize(Policy = Capability.ManageSettings)]
public class IndexModel(WartaDb db, Warta.Web.Newsroom.Mail.Mailer mailer, Microsoft.Extensions.Options.IOptions<Warta.Web.Newsroom.Mail.MailOptions> mail,
    Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource> text, Microsoft.AspNetCore.Identity.UserManager<NewsroomUser> users) : NewsroomPage
{
    /// <summary>How mail is set up, shown read-only: it is configured outside the site, and its password never shown.</summary>
    public Warta.Web.Newsroom.Mail.MailOptions Mail => mail.Value;

    /// <summary>The outcome of a test message, from the redirect after sending it.</summary>
    [FromQuery(Name = "surel")] public string? MailTest { get; set; }

    public static readonly string[] Zones = ["Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Tagline { get; set; }
    [BindProperty] public string? Language { get; set; }
    [BindProperty] public string? TimeZone { get; set; }
    [BindProperty] public int ArticlesPerPage { get; set; }
    [BindProperty] public bool FeedFullText { get; set; }
    [BindProperty] public bool ShowStaffInitials { get; set; }
    [BindProperty] public int PopularWindowHours { get; set; } = 24;
    [BindProperty] public string? LogoUrl { get; set; }
    [BindProperty] public string? FaviconUrl { get; set; }
    [BindProperty] public string? AccentColor { get; set; }
    [BindProperty] public string? SocialLinks { get; set; }
    [BindProperty] public string? PublisherName { get; set; }
    [BindProperty] public string? PublisherLogoUrl { get; set; }
    [BindProperty] public bool CommentNameEmailRequired { get; set; }
    [BindProperty] public bool CommentManualApproval { get; set; }
    [BindProperty] public bool CommentPreviouslyApproved { get; set; }
    [BindProperty] public bool CommentsThroughApi { get; set; }
    [BindProperty] public int CommentMaxLinks { get; set; }
    [BindProperty] public string? CommentModerationWords { get; set; }
    [BindProperty] public string? CommentDisallowedWords { get; set; }
    [BindProperty] public int CommentCloseAfterDays { get; set; }
    [BindProperty] public int CommentThreadDepth { get; set; }
    [BindProperty] public int CommentsPerPage { get; set; }
    [BindProperty] public bool ShowPings { get; set; }
    [BindProperty] public int MaxRelatedBlocks { get; set; } = Checks.CheckContext.DefaultMaxRelated;
    [BindProperty] public List<string> BlockingChecks { get; set; } = [];

    public List<string> Problems { get; } = [];
    public bool Saved { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "tersimpan")] bool saved = false)
    {
        Title = T("SetTitle");
        Saved = saved;
        var s = await db.SiteSettings.AsNoTracking().SingleAsync();
        (Name, Tagline, Language, TimeZone, ArticlesPerPage, FeedFullText, ShowStaffInitials) = (s.Name, s.Tagline, s.Language, s.TimeZone, s.ArticlesPerPage, s.FeedFullText, s.ShowStaffInitials);
        PopularWindowHours = s.PopularWindowHours;
        (LogoUrl, FaviconUrl, AccentColor, SocialLinks, PublisherName, PublisherLogoUrl) = (s.LogoUrl, s.FaviconUrl, s.AccentColor, s.SocialLinks, s.PublisherName, s.PublisherLogoUrl);
        (CommentNameEmailRequired, CommentManualApproval, CommentPreviouslyApproved, CommentMaxLinks, CommentModerationWords, CommentDisallowedWords) =
            (s.CommentNameEmailRequired, s.CommentManualApproval, s.CommentPreviouslyApproved, s.CommentMaxLinks, s.CommentModerationWords, s.CommentDisallowedWords);
        CommentsThroughApi = s.CommentsThroughApi;
        (CommentCloseAfterDays, CommentThreadDepth, CommentsPerPage, ShowPings) = (s.CommentCloseAfterDays, s.CommentThreadDepth, s.CommentsPerPage, s.ShowPings);
        MaxRelatedBlocks = s.MaxRelatedBlocks;
        BlockingChecks = [.. Checks.CheckSettings.From(s).Blocking];
    }

    /// <summary>Sends a test message to the signed-in administrator's own address.</summary>
    public async Task<IActionResult> OnPostTestMailAsync(CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me?.Email is null || !mailer.IsConfigured) return Redirect("/newsroom/pengaturan/?surel=gagal#surel");
        var sent = await mailer.SendAsync(me.DisplayName, me.Email, text["SetMailTestSubject"], text["SetMailTestBody", me.DisplayName], ct);
        return Redirect($"/newsroom/pengaturan/?surel={(sent ? "terkirim" : "gagal")}#surel");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Title = T("SetTitle");
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200) Problems.Add(T("FieldRequired", T("SetName")));
        if ((Tagline ?? "").Length > 300) Problems.Add(T("FieldTooLong", T("SetTagline"), 300));
        if (!SiteLanguages.IsSupported(Language ?? "")) Problems.Add(T("FieldRequired", T("EdLanguage")));
        if (!Zones.Contains(TimeZone)) Problems.Add(T("FieldRequired", T("SetTimeZone")));
        if (ArticlesPerPage is < 1 or > 100) Problems.Add(T("SetPerPageRange"));
        if (PopularWindowHours is not (24 or 168)) Problems.Add(T("FieldRequired", T("SetPopularWindow")));
        if (!SiteIdentity.IsColor(AccentColor)) Problems.Add(T("SetAccentInvalid"));
        foreach (var (value, label) in new[] { (LogoUrl, "SetLogo"), (FaviconUrl, "SetFavicon"), (PublisherLogoUrl, "SetPublisherLogo") })
            if (!SiteIdentity.IsSafeUrl(value)) Problems.Add(T("SetUrlInvalid", T(label)));
        var socials = (SocialLinks ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (socials.Any(l => !l.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || !Uri.IsWellFormedUriString(l, UriKind.Absolute)) || (SocialLinks ?? "").Length > 4000)
            Problems.Add(T("SetUrlInvalid", T("SetSocial")));
        if ((PublisherName ?? "").Length > 200) Problems.Add(T("FieldTooLong", T("SetPublisher"), 200));
        if (CommentMaxLinks is < 0 or > 100 || CommentCloseAfterDays is < 0 or > 36500 || CommentThreadDepth is < 1 or > 10 || CommentsPerPage is < 5 or > 500)
            Problems.Add(T("SetDiscussionRange"));
        if ((CommentModerationWords ?? "").Length > 20000 || (CommentDisallowedWords ?? "").Length > 20000) Problems.Add(T("FieldTooLong", T("SetModerationWords"), 20000));
        if (MaxRelatedBlocks is < 0 or > 20) Problems.Add(T("SetMaxRelatedRange"));
        if (BlockingChecks.Any(c => !Checks.EditorialChecks.Ids.Contains(c))) Problems.Add(T("FieldRequired", T("ChkPanel")));
        if (Problems.Count > 0) return Page();

        var s = await db.SiteSettings.SingleAsync();
        (s.Name, s.Tagline, s.Language, s.TimeZone, s.ArticlesPerPage, s.FeedFullText, s.ShowStaffInitials) =
            (Name!.Trim(), string.IsNullOrWhiteSpace(Tagline) ? null : Tagline.Trim(), Language!, TimeZone!, ArticlesPerPage, FeedFullText, ShowStaffInitials);
        s.PopularWindowHours = PopularWindowHours;
        static string? Blank(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
        (s.LogoUrl, s.FaviconUrl, s.AccentColor, s.SocialLinks, s.PublisherName, s.PublisherLogoUrl) =
            (Blank(LogoUrl), Blank(FaviconUrl), AccentColor!.ToLowerInvariant(), Blank(SocialLinks), Blank(PublisherName), Blank(PublisherLogoUrl));
        (s.CommentNameEmailRequired, s.CommentManualApproval, s.CommentPreviouslyApproved, s.CommentMaxLinks, s.CommentModerationWords, s.CommentDisallowedWords) =
            (CommentNameEmailRequired, CommentManualApproval, CommentPreviouslyApproved, CommentMaxLinks, Blank(CommentModerationWords), Blank(CommentDisallowedWords));
        s.CommentsThroughApi = CommentsThroughApi;
        (s.CommentCloseAfterDays, s.CommentThreadDepth, s.CommentsPerPage, s.ShowPings) = (CommentCloseAfterDays, CommentThreadDepth, CommentsPerPage, ShowPings);
        s.MaxRelatedBlocks = MaxRelatedBlocks;
        s.BlockingChecks = BlockingChecks.Count == 0 ? null : string.Join(',', BlockingChecks.Distinct());
        await db.SaveChangesAsync();
        // Redirected, so the confirmation (and the whole page) comes in the language just chosen, and a reload
        // does not post the form again.
        return Redirect("/newsroom/pengaturan/?tersimpan=true");
    }
}
