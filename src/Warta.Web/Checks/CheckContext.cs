namespace Warta.Web.Checks;

/// <summary>Where a "Baca juga" block points, as the site knows it.</summary>
public enum RelatedState { Published, Unpublished, Trashed, Missing }

/// <summary>
/// What the checks know beyond the text: its language (attribution words, day and month names), the site's limit on
/// "Baca juga" blocks, and — when a data directory is at hand — the state of each block's target and the spellings of
/// names in earlier published stories. Without a site the text-only checks still run.
/// </summary>
public sealed class CheckContext
{
    public const int DefaultMaxRelated = 3;

    public string Language { get; init; } = Settings.SiteLanguages.Indonesian;
    public int MaxRelated { get; init; } = DefaultMaxRelated;

    /// <summary>Each "Baca juga" block's target by paragraph number; absent when there is no site to ask.</summary>
    public IReadOnlyDictionary<int, RelatedState>? Related { get; init; }

    /// <summary>Names as earlier published stories spell them, keyed by <see cref="NameSpellings.Key"/>; absent without a site.</summary>
    public IReadOnlyDictionary<string, string>? EarlierNames { get; init; }

    public bool English => Language == Settings.SiteLanguages.English;
}
