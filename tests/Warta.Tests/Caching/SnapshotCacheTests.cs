using Microsoft.Extensions.Options;
using Warta.Web.Caching;

namespace Warta.Tests.Caching;

/// <summary>
/// Snapshots live under tags and go with them: the eviction that drops a page drops the data it was built from, and
/// data read before a change is never kept after it.
/// </summary>
public class SnapshotCacheTests
{
    private sealed record Data(string Text) : ISnapshot
    {
        public IEnumerable<string> Tags => [CacheTags.Site, "article-1"];
        public long Bytes => 100;
    }

    private static SnapshotCache Create(bool enabled = true, int megabytes = 1) =>
        new(Options.Create(new CacheOptions { Snapshots = enabled, SnapshotMegabytes = megabytes }));

    private static void Keep(SnapshotCache cache, string key, params string[] tags) =>
        cache.Set(key, new Data(key), 100, [CacheTags.Site, .. tags], cache.Generation);

    [Fact]
    public void EvictingATag_DropsTheSnapshotsCarryingIt_AndNoOthers()
    {
        using var cache = Create();
        Keep(cache, "a", "article-1", "article-3");
        Keep(cache, "b", "article-2");
        Keep(cache, "c", "article-3");

        cache.Evict("article-3");

        Assert.False(cache.TryGet<Data>("a", out _));
        Assert.False(cache.TryGet<Data>("c", out _));
        Assert.True(cache.TryGet<Data>("b", out var b));
        Assert.Equal("b", b.Text);
    }

    [Fact]
    public void EvictingTheSiteTag_DropsEverything()
    {
        using var cache = Create();
        Keep(cache, "a", "article-1");
        Keep(cache, "b", "article-2");

        cache.Evict(CacheTags.Site);

        Assert.False(cache.TryGet<Data>("a", out _));
        Assert.False(cache.TryGet<Data>("b", out _));
        Keep(cache, "a", "article-1");
        Assert.True(cache.TryGet<Data>("a", out _)); // and keeps working afterwards
    }

    [Fact]
    public void DataReadBeforeAnEviction_IsNotKept()
    {
        using var cache = Create();
        var readAt = cache.Generation;
        cache.Evict("article-9"); // a change committed while the page was reading
        cache.Set("a", new Data("stale"), 100, [CacheTags.Site, "article-1"], readAt);
        Assert.False(cache.TryGet<Data>("a", out _));

        cache.Set("a", new Data("fresh"), 100, [CacheTags.Site, "article-1"], cache.Generation);
        Assert.True(cache.TryGet<Data>("a", out var fresh));
        Assert.Equal("fresh", fresh.Text);
    }

    [Fact]
    public void ThePopularListReordering_DisturbsNoSnapshotAndNoRead()
    {
        using var cache = Create();
        Keep(cache, "a", "article-1");
        var readAt = cache.Generation;

        cache.Evict(CacheTags.Popular);

        Assert.True(cache.TryGet<Data>("a", out _));
        cache.Set("b", new Data("b"), 100, [CacheTags.Site], readAt);
        Assert.True(cache.TryGet<Data>("b", out _));
    }

    [Fact]
    public async Task GetOrBuild_KeepsWhatItBuilt_UnlessAChangeCameDuringTheBuild_OrThePageSaysNot()
    {
        using var cache = Create();
        var builds = 0;
        Task<Data?> Build(string text, Action? during = null)
        {
            builds++;
            during?.Invoke();
            return Task.FromResult<Data?>(new Data(text));
        }

        Assert.Equal("a", (await cache.GetOrBuildAsync("a", () => Build("a")))!.Text);
        Assert.Equal("a", (await cache.GetOrBuildAsync("a", () => Build("again")))!.Text); // kept: not built again
        Assert.Equal(1, builds);

        await cache.GetOrBuildAsync("b", () => Build("b", during: () => cache.Evict("article-7")));
        Assert.False(cache.TryGet<Data>("b", out _));

        await cache.GetOrBuildAsync("c", () => Build("c"), keep: _ => false);
        Assert.False(cache.TryGet<Data>("c", out _));
        Assert.Null(await cache.GetOrBuildAsync<Data>("d", () => Task.FromResult<Data?>(null)));
    }

    [Fact]
    public void SwitchedOff_KeepsNothing()
    {
        using var cache = Create(enabled: false);
        Keep(cache, "a", "article-1");
        Assert.False(cache.TryGet<Data>("a", out _));
    }

    [Fact]
    public void ASnapshotLargerThanTheLimit_IsNotKept()
    {
        using var cache = Create(megabytes: 1);
        cache.Set("big", new Data("big"), 2 * 1024 * 1024, [CacheTags.Site], cache.Generation);
        Assert.False(cache.TryGet<Data>("big", out _));
    }
}
