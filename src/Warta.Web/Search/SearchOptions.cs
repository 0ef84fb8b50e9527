using System.ComponentModel.DataAnnotations;

namespace Warta.Web.Search;

/// <summary>Bound from "Warta:Search".</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Warta:Search";

    /// <summary>hunspell-id's root list, read where Debian installs it; without it stemming falls back to Lucene's.</summary>
    public string RootWordsPath { get; set; } = Indonesian.RootWords.DebianPath;

    [Range(1, 100)]
    public int ResultsPerPage { get; set; } = 10;

    /// <summary>
    /// How long an answer is kept for the same search asked again (a breaking story sends thousands after the same
    /// words); 0 keeps none, so every search is made afresh (the benchmark's "varied" load measures that).
    /// </summary>
    [Range(0, 300)]
    public int RecentAnswerSeconds { get; set; } = 10;
}
