using Warta.Web.Site;

namespace Warta.Tests;

public class PagerTests
{
    [Fact]
    public void Urls_FollowWordPressPagination()
    {
        var pager = new Pager("/rubrik/nasional/", 2, 5);

        Assert.Equal("/rubrik/nasional/", pager.PreviousUrl);
        Assert.Equal("/rubrik/nasional/page/3/", pager.NextUrl);
        Assert.Equal("/rubrik/nasional/page/5/", pager.Url(5));
    }

    [Fact]
    public void Window_ShowsEndsAndNeighbours_WithGaps()
    {
        Assert.Equal([1, 0, 8, 9, 10, 11, 12, 0, 20], new Pager("/", 10, 20).Window().ToArray());
        Assert.Equal([1, 2, 3, 0, 20], new Pager("/", 1, 20).Window().ToArray());
        Assert.Equal([1], new Pager("/", 1, 1).Window().ToArray());
    }

    [Fact]
    public void FirstAndLastPages_HaveNoPreviousOrNext()
    {
        Assert.Null(new Pager("/", 1, 3).PreviousUrl);
        Assert.Null(new Pager("/", 3, 3).NextUrl);
    }
}
