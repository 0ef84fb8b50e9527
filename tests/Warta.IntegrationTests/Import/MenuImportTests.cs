using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Import.WordPress;
using Warta.Web.Navigation;

namespace Warta.IntegrationTests.Import;

/// <summary>WordPress menus become the header and footer menus, links resolved to what was imported.</summary>
public class MenuImportTests(WartaApp app) : IClassFixture<WartaApp>
{
    private async Task<ImportSummary> ImportAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportWordPressExport>()
            .RunAsync(Path.Combine(AppContext.BaseDirectory, "Import", "fixtures", "menus.xml"), null, CancellationToken.None);
    }

    [Fact]
    public async Task Menus_BecomeTheHeaderAndFooter_WithOrderOneLevelOfNesting_AndResolvedLinks()
    {
        var summary = await ImportAsync();

        var outcomes = summary.Outcomes.Where(o => o.Type == "nav_menu_item").ToDictionary(o => o.WordPressId);
        Assert.Equal(ImportResult.Skipped, outcomes[507].Result); // a third menu has no place
        Assert.Equal(ImportResult.Skipped, outcomes[508].Result); // its story is not in the export
        foreach (var id in Enumerable.Range(501, 6)) Assert.Equal(ImportResult.Imported, outcomes[id].Result);
        Assert.Contains("menu 'Menu Utama' → header menu", summary.Notes);
        Assert.Contains("menu 'Footer Links' → footer menu", summary.Notes);
        Assert.Contains(summary.Notes, n => n.StartsWith("#504 ", StringComparison.Ordinal) && n.Contains("one level", StringComparison.Ordinal));

        var (_, home) = await app.CreateReader().GetPageAsync("/");
        var header = home.QuerySelectorAll("#main-menu > li > a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("Nasional Menu", "/rubrik/nasional-menu/"), header);
        Assert.Contains(("Tentang Redaksi", "/redaksi-menu/"), header);
        Assert.Contains(("Mitra", "https://contoh.example/"), header);
        var story = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.WordPressId == 401));
        var nested = home.QuerySelectorAll("#main-menu li.has-children li a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Daerah Menu", "/rubrik/daerah-menu/"), ("Liputan Khusus", WartaApp.UrlOf(story))], nested);
        Assert.Contains(home.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/tag/banjir-menu/" && a.TextContent.Trim() == "Banjir Menu");

        var again = await ImportAsync();
        Assert.Equal(6, again.Outcomes.Count(o => o.Type == "nav_menu_item" && o.Result == ImportResult.Updated));
        Assert.Equal(6, await app.WithDbAsync(db => db.MenuItems.CountAsync(m => m.WordPressId != null)));
    }
}
