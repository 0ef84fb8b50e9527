using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Navigation;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Newsroom;

/// <summary>Navigation follows every change through the one change path: no list of places that must remember to clear it.</summary>
public class NavigationChangeTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task RenamingASectionsSlug_MovesTheHeaderMenusLink_ToTheNewAddress()
    {
        var section = await A.Section().SaveAsync(app);
        await app.WithDbAsync(async db =>
        {
            db.MenuItems.Add(new MenuItem { Menu = MenuLocation.Header, Label = "Rubrik uji", Target = MenuTarget.Section, TargetId = section.Id, Position = 1 });
            return await db.SaveChangesAsync();
        });
        var (_, before) = await app.CreateReader().GetPageAsync("/");
        Assert.NotNull(before.QuerySelector($"a[href='/rubrik/{section.Slug}/']"));

        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var renamed = section.Slug + "-baru";
        await editor.PostFormAsync("/newsroom/rubrik/?handler=Save", new()
        {
            ["id"] = section.Id.ToString(CultureInfo.InvariantCulture), ["name"] = section.Name, ["slug"] = renamed, ["position"] = "5",
        }, "form.nr-narrow");

        Assert.Equal(renamed, await app.WithDbAsync(db => db.Sections.Where(s => s.Id == section.Id).Select(s => s.Slug).SingleAsync()));
        var (_, after) = await app.CreateReader().GetPageAsync("/");
        Assert.NotNull(after.QuerySelector($"a[href='/rubrik/{renamed}/']"));
        Assert.Null(after.QuerySelector($"a[href='/rubrik/{section.Slug}/']"));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().GetAsync($"/rubrik/{renamed}/")).StatusCode);
    }

    [Fact]
    public async Task ASettingsChangeSavedAnywhere_ReachesThePages_WithoutAReloadCall()
    {
        var name = "Kabar Uji " + Guid.NewGuid().ToString("N")[..6];
        await app.CreateReader().GetAsync("/");

        await app.WithDbAsync(async db =>
        {
            var settings = await db.SiteSettings.SingleAsync();
            settings.Name = name;
            return await db.SaveChangesAsync();
        });

        var (_, home) = await app.CreateReader().GetPageAsync("/");
        Assert.Contains(name, home.Title, StringComparison.Ordinal);
    }
}
