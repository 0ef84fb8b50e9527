using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Newsroom;

/// <summary>Editors choose which sections have a home block, in what order, and how many stories each shows.</summary>
public class HomeLayoutTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheHomeShowsTheChosenSections_InTheChosenOrder_WithTheChosenNumberOfStories()
    {
        var economy = await A.Section().Named($"Ekonomi {Guid.NewGuid():N}"[..16]).SaveAsync(app);
        var sport = await A.Section().Named($"Olahraga {Guid.NewGuid():N}"[..17]).SaveAsync(app);
        var archive = await A.Section().Named($"Arsip Lama {Guid.NewGuid():N}"[..19]).SaveAsync(app);
        // Not in the form at all: its own block must go too (made here, so the test never leans on another's sections).
        var unsent = await A.Section().Named($"Lain {Guid.NewGuid():N}"[..13]).SaveAsync(app);
        foreach (var section in new[] { economy, sport, archive, unsent })
            for (var i = 0; i < 5; i++) await An.Article().In(section).SaveAsync(app);
        var others = await app.WithDbAsync(db => db.Sections.Where(s => s.Id != economy.Id && s.Id != sport.Id && s.Id != archive.Id).Select(s => s.Id).ToListAsync());
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);

        var form = new Dictionary<string, string>
        {
            ["tampil"] = Id(sport.Id), [$"urutan[{sport.Id}]"] = "1", [$"jumlah[{sport.Id}]"] = "3",
            [$"urutan[{economy.Id}]"] = "2", [$"jumlah[{economy.Id}]"] = "2",
            [$"urutan[{archive.Id}]"] = "", [$"jumlah[{archive.Id}]"] = "4",
        };
        var content = new List<KeyValuePair<string, string>>(form) { new("tampil", Id(economy.Id)) };
        var token = Html.Parse(await editor.GetStringAsync("/newsroom/beranda/")).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        content.Add(new("__RequestVerificationToken", token));
        var saved = await editor.PostAsync("/newsroom/beranda/", new FormUrlEncodedContent(content));
        Assert.Equal("Tersimpan.", Html.Parse(await saved.Content.ReadAsStringAsync()).Text(".nr-ok"));

        var (_, home) = await app.CreateReader().GetPageAsync("/");
        var blocks = home.QuerySelectorAll(".section-block").Select(b => (Name: b.QuerySelector("h2")!.TextContent.Trim(), Stories: b.QuerySelectorAll("li.card").Length)).ToList();
        Assert.Equal([(sport.Name, 3), (economy.Name, 2)], blocks);
        Assert.NotEmpty(others); // the sections not sent as shown lost their blocks too
    }

    [Fact]
    public async Task ANumberThatDoesNotRead_IsSaidPlainly_AndNothingIsSaved()
    {
        var section = await A.Section().Named($"Hukum {Guid.NewGuid():N}"[..14]).SaveAsync(app);
        var before = await app.WithDbAsync(db => db.Sections.AsNoTracking().SingleAsync(s => s.Id == section.Id));
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var token = Html.Parse(await editor.GetStringAsync("/newsroom/beranda/")).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await editor.PostAsync("/newsroom/beranda/", new FormUrlEncodedContent([
            new("tampil", Id(section.Id)), new($"urutan[{section.Id}]", "pertama"), new($"jumlah[{section.Id}]", "50"), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = Html.Parse(await response.Content.ReadAsStringAsync()).Text(".nr-problem");
        Assert.Contains($"Urutan untuk {section.Name}", problems, StringComparison.Ordinal);
        Assert.Contains($"Jumlah berita untuk {section.Name} harus 1 sampai 12", problems, StringComparison.Ordinal);
        var after = await app.WithDbAsync(db => db.Sections.AsNoTracking().SingleAsync(s => s.Id == section.Id));
        Assert.Equal((before.HomeBlockPosition, before.HomeBlockSize), (after.HomeBlockPosition, after.HomeBlockSize));
    }
}
