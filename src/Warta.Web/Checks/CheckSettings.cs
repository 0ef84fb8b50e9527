namespace Warta.Web.Checks;

/// <summary>The site's choices for the editorial checks: the "Baca juga" limit, and which checks stop publishing.</summary>
public sealed record CheckSettings(int MaxRelated, IReadOnlySet<string> Blocking)
{
    public static CheckSettings From(Settings.SiteSettings s) => new(
        Math.Clamp(s.MaxRelatedBlocks, 0, 20),
        (s.BlockingChecks ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(EditorialChecks.Ids.Contains).ToHashSet(StringComparer.Ordinal));

    public bool Blocks(Finding finding) => Blocking.Contains(finding.Check);
}
