using Microsoft.EntityFrameworkCore;
using Warta.Web.Changes;

namespace Warta.IntegrationTests.Data;

/// <summary>Every save takes the one change path, or does not happen.</summary>
public class ChangePathTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task ASynchronousSave_IsRefused_RatherThanSkippingCachesAndSearch()
    {
        var article = await An.Article().SaveAsync(app);

        var error = await app.WithDbAsync(db =>
        {
            var tracked = db.Articles.Single(a => a.Id == article.Id);
            tracked.Headline = "Disimpan tanpa async";
            return Task.FromResult(Assert.Throws<InvalidOperationException>(() => db.SaveChanges()));
        });

        Assert.Contains("SaveChangesAsync", error.Message, StringComparison.Ordinal);
        Assert.NotEqual("Disimpan tanpa async", await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.Headline).SingleAsync()));
    }

    [Fact]
    public async Task EverySaveThatChangesWhatReadersSee_LeavesOneJournalRow_InItsOwnTransaction()
    {
        var before = await app.WithDbAsync(db => ChangeJournal.LatestAsync(db, CancellationToken.None));

        var article = await An.Article().SaveAsync(app);

        var rows = await app.WithDbAsync(db => db.ContentChanges.Where(c => c.Id > before).ToListAsync());
        var row = Assert.Single(rows, r => r.ArticleIds.Split(' ').Contains(article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("syndication", row.Tags, StringComparison.Ordinal);
    }
}
