using Warta.Web.Articles;
using Warta.Web.Articles.Body;
using Warta.Web.Settings;

namespace Warta.Web.Checks;

/// <summary>A story's words as the checks take them, from the editor's form or from the stored story.</summary>
public sealed record CheckInput(string Headline, string? Dek, string? MetaDescription, string Body, BodyFormat Format, string Language)
{
    public static CheckInput Of(Article a) => new(a.Headline, a.Dek, a.MetaDescription, a.Body, a.BodyFormat, a.Language);
}

/// <summary>One finding as the editor shows it: whether it stops publishing, and the dismissal it carries, if any.</summary>
public sealed record CheckedFinding(Finding Finding, string Message, bool Blocking, CheckDismissal? Dismissed);

/// <summary>
/// The editorial checks over a story in the site (the editor's panel, the editor's save, the API and the scheduler
/// alike): the text checks on the rendered body, the record's own fields, the site's "Baca juga" targets and earlier
/// spellings, the site's blocking list, and the dismissals the story carries.
/// </summary>
public sealed class ArticleChecks(BodyRenderer renderer, SiteChecks site, SiteSettingsCache settings, Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource> text)
{
    /// <param name="dismissals">Dismissals the story carries or its editor just gave; those of findings no longer there are dropped.</param>
    /// <param name="earlierNames">Whether to read earlier stories for names (the panel does; a save only when names block).</param>
    public async Task<List<CheckedFinding>> RunAsync(CheckInput input, IReadOnlyCollection<CheckDismissal> dismissals, int? articleId, bool earlierNames, CancellationToken ct)
    {
        var checkedText = CheckedText.FromHtml(input.Headline, renderer.Html(input.Body, input.Format));
        var context = await site.ContextAsync(checkedText, input.Language, articleId, earlierNames, ct);
        var findings = EditorialChecks.Run(checkedText, context);
        findings.AddRange(RecordRules.Fields(input.Dek, input.MetaDescription));
        var rules = settings.Current.Checks;
        return findings.ConvertAll(f =>
        {
            var blocking = rules.Blocks(f);
            var dismissed = blocking ? null : dismissals.FirstOrDefault(d => d.Fingerprint == f.Fingerprint);
            return new CheckedFinding(f, f.Describe(text), blocking, dismissed);
        });
    }

    /// <summary>
    /// The dismissals a save keeps: for each finding still there and not blocking, the one the editor gave now (a
    /// reason typed), keeping who first dismissed it and when if the reason is unchanged.
    /// </summary>
    public static List<CheckDismissal> Kept(IEnumerable<CheckedFinding> findings, IEnumerable<(string Fingerprint, string Reason)> given,
        IReadOnlyCollection<CheckDismissal> before, string by, DateTime utcNow)
    {
        var reasons = given.Where(g => !string.IsNullOrWhiteSpace(g.Reason)).GroupBy(g => g.Fingerprint).ToDictionary(g => g.Key, g => g.Last().Reason.Trim());
        var kept = new List<CheckDismissal>();
        foreach (var f in findings.Where(f => !f.Blocking).DistinctBy(f => f.Finding.Fingerprint))
        {
            if (!reasons.TryGetValue(f.Finding.Fingerprint, out var reason)) continue;
            var earlier = before.FirstOrDefault(d => d.Fingerprint == f.Finding.Fingerprint && d.Reason == reason);
            kept.Add(earlier ?? new CheckDismissal(f.Finding.Fingerprint, reason, by, utcNow));
        }
        return kept;
    }
}
