using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Import.WordPress;

namespace Warta.IntegrationTests.Import;

/// <summary>Categories become sections only when stories use them, or what the newsroom's map says.</summary>
public class CategoryMapTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "fixtures", name);

    private static async Task ImportAsync(WartaApp app, string fixture, CategoryMap? map = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ImportWordPressExport>().RunAsync(Fixture(fixture), null, CancellationToken.None, map: map);
    }

    [Fact]
    public async Task ByDefault_OnlyCategoriesWithStories_AndTheirParents_BecomeSections()
    {
        using var app = new WartaApp();
        app.CreateClient();
        var extra = Path.Combine(app.DataDirectory, "banyak-kategori.xml");
        var xml = await File.ReadAllTextAsync(Fixture("warta-export-1.2.xml"));
        var empty = string.Concat(Enumerable.Range(1, 20).Select(i =>
            $"<wp:category><wp:term_id>{900 + i}</wp:term_id><wp:category_nicename>kosong-{i}</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>Kosong {i}</wp:cat_name></wp:category>"));
        await File.WriteAllTextAsync(extra, xml.Replace("<wp:tag>", empty + "<wp:tag>", StringComparison.Ordinal));

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ImportWordPressExport>().RunAsync(extra, null, CancellationToken.None);

        var sections = await app.WithDbAsync(db => db.Sections.Select(s => s.Slug).ToListAsync());
        Assert.Contains("hukum", sections);
        Assert.Contains("nasional", sections); // the parent of a used category keeps the hierarchy
        Assert.DoesNotContain(sections, s => s.StartsWith("kosong-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMapSendsACategoryToATag_OrToAnExistingSection()
    {
        using var app = new WartaApp();
        app.CreateClient();
        var daerah = await A.Section().SaveAsync(app);
        var map = CategoryMap.Parse(new StringReader($"# peta uji\nhukum,tag,perkara-hukum\nnasional,section,{daerah.Slug}\n"), out var problems);
        Assert.Empty(problems);

        await ImportAsync(app, "warta-export-1.2.xml", map);

        var story = await app.WithDbAsync(db => db.Articles.Include(a => a.Tags).Include(a => a.Section).SingleAsync(a => a.WordPressId == 101));
        Assert.Equal(["banjir", "perkara-hukum"], story.Tags.Select(t => t.Slug).Order());
        Assert.Equal("umum", story.Section.Slug); // its only category became a tag
        Assert.False(await app.WithDbAsync(db => db.Sections.AnyAsync(s => s.Slug == "hukum" || s.Slug == "nasional")));
    }

    [Theory]
    [InlineData("hukum,rubrikasi", "line 1")]
    [InlineData("hukum\n", "line 1")]
    [InlineData("# ok\nopini,tag\nopini,section", "line 3")]
    public void AMapItCannotRead_IsRefusedWholly_WithTheLine(string text, string line)
    {
        var map = CategoryMap.Parse(new StringReader(text), out var problems);

        Assert.Contains(problems, p => p.StartsWith(line, StringComparison.Ordinal));
        Assert.Equal(0, map.Count);
    }
}
