using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Warta.Web.Settings;

namespace Warta.Web.Search;

/// <summary>
/// What narrows a search besides its words: the publication time (a scheduled story is indexed but hidden until its
/// time; a reader may ask for a period) and the section. Built so that the usual search costs nothing here: when no
/// story in the index is scheduled and no period is asked, there is no time filter at all, and a section's filter is
/// kept per index segment (segments never change; a new one gets its own).
/// </summary>
public sealed class SearchFilters(SiteSettingsCache settings, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Filter> sections = new(StringComparer.Ordinal);

    /// <summary>The earliest and latest publication times in each segment (keyed by the segment's core, shared by its reopenings).</summary>
    private static readonly ConditionalWeakTable<object, Tuple<long, long>> Spans = new();

    /// <summary>The filter for <paramref name="request"/> over <paramref name="reader"/>, or null when nothing is filtered out.</summary>
    public Filter? For(SearchRequest request, IndexReader reader)
    {
        var site = settings.Current;
        var now = clock.GetUtcNow().UtcDateTime.Ticks;
        long? from = request.From is { } f ? site.Time.ToUtc(f.ToDateTime(TimeOnly.MinValue)).Ticks : null;
        long? to = request.To is { } t ? Math.Min(site.Time.ToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue)).Ticks - 1, now) : null;
        if (to is null && Span(reader) is { Latest: var latest } && latest > now) to = now;
        var filters = new List<Filter>(2);
        if (from is not null || to is not null) filters.Add(NumericRangeFilter.NewInt64Range(IndexFields.Published, from, to, true, true));
        if (!string.IsNullOrEmpty(request.Section))
            filters.Add(sections.GetOrAdd(request.Section, s => new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Section, s))))));
        return filters.Count switch
        {
            0 => null,
            1 => filters[0],
            _ => new QueryWrapperFilter(new BooleanQuery { { new ConstantScoreQuery(filters[0]), Occur.MUST }, { new ConstantScoreQuery(filters[1]), Occur.MUST } }),
        };
    }

    /// <summary>The earliest and latest publication times in the index (deleted stories included), or null when it is empty.</summary>
    public static (long Oldest, long Latest)? Span(IndexReader reader)
    {
        (long, long)? span = null;
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var (oldest, latest) = Spans.GetValue(segment.CoreCacheKey, _ => Scan(segment));
            if (oldest > latest) continue;
            span = span is var (o, l) ? (Math.Min(o, oldest), Math.Max(l, latest)) : (oldest, latest);
        }
        return span;
    }

    private static Tuple<long, long> Scan(AtomicReader segment)
    {
        var values = segment.GetNumericDocValues(IndexFields.PublishedSort);
        var (oldest, latest) = (long.MaxValue, long.MinValue);
        for (var doc = 0; values is not null && doc < segment.MaxDoc; doc++)
        {
            var value = values.Get(doc);
            (oldest, latest) = (Math.Min(oldest, value), Math.Max(latest, value));
        }
        return Tuple.Create(oldest, latest);
    }
}
