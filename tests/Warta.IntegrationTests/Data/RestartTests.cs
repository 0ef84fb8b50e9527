using Microsoft.EntityFrameworkCore;

namespace Warta.IntegrationTests.Data;

public class RestartTests
{
    [Fact]
    public async Task SecondStart_KeepsWhatIsThere()
    {
        var directory = Path.Combine(Path.GetTempPath(), "warta-tests", Guid.NewGuid().ToString("N"));
        int firstCount;
        const string EditedHeadline = "Judul yang diubah redaksi sebelum restart";
        using (var first = new DemoSiteApp(directory) { DeleteDataOnDispose = false })
        {
            await first.CreateReader().GetAsync("/");
            firstCount = await first.WithDbAsync(db => db.Articles.CountAsync());
            await first.WithDbAsync(async db =>
            {
                var article = await db.Articles.OrderBy(a => a.Id).FirstAsync();
                article.Headline = EditedHeadline;
                await db.SaveChangesAsync();
            });
        }

        using var second = new DemoSiteApp(directory);
        await second.CreateReader().GetAsync("/");
        var (count, headline) = await second.WithDbAsync(async db =>
            (await db.Articles.CountAsync(), await db.Articles.OrderBy(a => a.Id).Select(a => a.Headline).FirstAsync()));

        Assert.Equal(firstCount, count);
        Assert.Equal(EditedHeadline, headline);
    }
}
