using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Search;

/// <summary>What the search box offers while a reader types: a section, tag, author or story whose words begin so.</summary>
public sealed record Suggestion(SuggestionKind Kind, string Label, string Url);

public enum SuggestionKind { Section, Tag, Author, Story }

/// <summary>
/// Suggestions served from memory: sections, the tags and authors readers can reach, and the latest stories' headlines,
/// matched on the beginnings of their words with accents and case folded. The list is rebuilt after the change path
/// says a story or navigation changed (at most every few seconds), and the old one answers meanwhile.
/// </summary>
public sealed class SearchSuggestions(IServiceScopeFactory scopes, SiteSettingsCache settings, TimeProvider clock) : IDisposable
{
    private const int Stories = 20_000;
    private const int Tags = 5_000;
    private static readonly TimeSpan MinimumAge = TimeSpan.FromSeconds(5);

    private sealed record Entry(Suggestion Suggestion, string[] Words);

    private Entry[]? entries;
    private DateTime builtAt;
    private volatile bool stale = true;
    private readonly SemaphoreSlim building = new(1, 1);

    public void Dispose() => building.Dispose();

    /// <summary>Called by the change path: the next request after a short while rebuilds the list.</summary>
    public void Invalidate() => stale = true;

    public async Task<IReadOnlyList<Suggestion>> ForAsync(string typed, int max, CancellationToken ct)
    {
        var wanted = Words(typed);
        if (wanted.Length == 0 || wanted.Sum(w => w.Length) < 2) return [];
        var all = await EntriesAsync(ct);
        var found = new List<Suggestion>(max);
        // Sections, tags and authors first (two of each at most), then stories, newest first, to fill the list.
        foreach (var kind in new[] { SuggestionKind.Section, SuggestionKind.Tag, SuggestionKind.Author, SuggestionKind.Story })
        {
            var room = kind == SuggestionKind.Story ? max - found.Count : Math.Min(2, max - found.Count);
            foreach (var entry in all)
            {
                if (room <= 0) break;
                if (entry.Suggestion.Kind != kind || !Matches(entry.Words, wanted)) continue;
                found.Add(entry.Suggestion);
                room--;
            }
        }
        return found;
    }

    /// <summary>Every typed word begins some word of the label; the last may be half typed, so all are prefixes.</summary>
    private static bool Matches(string[] words, string[] wanted)
    {
        foreach (var w in wanted)
        {
            var hit = false;
            foreach (var word in words)
                if (word.StartsWith(w, StringComparison.Ordinal)) { hit = true; break; }
            if (!hit) return false;
        }
        return true;
    }

    private async Task<Entry[]> EntriesAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var current = entries;
        if (current is not null && (!stale || now - builtAt < MinimumAge)) return current;
        // One rebuild at a time; the others answer from the list they have (or wait for the very first one).
        if (current is not null && !await building.WaitAsync(0, ct)) return current;
        if (current is null) await building.WaitAsync(ct);
        try
        {
            if (entries is { } done && !stale) return done;
            stale = false;
            entries = await BuildAsync(now, ct);
            builtAt = now;
            return entries;
        }
        catch
        {
            stale = true;
            throw;
        }
        finally
        {
            building.Release();
        }
    }

    private async Task<Entry[]> BuildAsync(DateTime now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
        var zone = settings.Current.Time.Zone;
        var list = new List<Entry>();
        foreach (var s in await db.Sections.AsNoTracking().OrderBy(s => s.Position).Select(s => new { s.Name, s.Slug }).ToListAsync(ct))
            list.Add(Make(SuggestionKind.Section, s.Name, SiteUrls.Section(s.Slug)));
        var visible = db.Articles.VisibleAt(now);
        // Tags and authors with at least one story a reader can see: their pages answer.
        foreach (var t in await db.Tags.AsNoTracking()
                     .Where(t => t.Articles.Any(a => a.Status == ArticleStatus.Published && a.Password == null && a.PublishedAt <= now))
                     .OrderByDescending(t => t.Articles.Count).Take(Tags).Select(t => new { t.Name, t.Slug }).ToListAsync(ct))
            list.Add(Make(SuggestionKind.Tag, t.Name, SiteUrls.Tag(t.Slug)));
        var credited = visible.SelectMany(a => a.Bylines).Select(b => b.AuthorId).Distinct();
        foreach (var a in await db.Authors.AsNoTracking().Where(a => credited.Contains(a.Id))
                     .OrderBy(a => a.Name).Select(a => new { a.Name, a.Slug }).ToListAsync(ct))
            list.Add(Make(SuggestionKind.Author, a.Name, SiteUrls.Author(a.Slug)));
        foreach (var a in await visible.OrderByDescending(a => a.PublishedAt).Take(Stories).Select(a => new { a.Headline, a.Slug, a.PublishedAt }).ToListAsync(ct))
            list.Add(Make(SuggestionKind.Story, a.Headline, Permalink.For(a.Slug, a.PublishedAt!.Value, zone)));
        return [.. list];
    }

    private static Entry Make(SuggestionKind kind, string label, string url) => new(new Suggestion(kind, label, url), Words(label));

    /// <summary>Lower-cased, accents folded (Citarum, cítarum), split on anything that is not a letter or digit.</summary>
    public static string[] Words(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
