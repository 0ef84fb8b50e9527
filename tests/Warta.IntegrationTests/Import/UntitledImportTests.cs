using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Import.WordPress;

namespace Warta.IntegrationTests.Import;

/// <summary>A post without a title gets a headline in the site's own language.</summary>
public class UntitledImportTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Theory]
    [InlineData("en", "(untitled #7001)")]
    [InlineData("id", "(tanpa judul #7001)")]
    public async Task AnUntitledPost_IsNamedInTheSitesLanguage(string language, string expected)
    {
        await app.SetSiteAsync(s => s.Language = language);
        var file = Path.Combine(app.DataDirectory, $"untitled-{language}.xml");
        Directory.CreateDirectory(app.DataDirectory);
        await File.WriteAllTextAsync(file, """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><wp:wxr_version>1.2</wp:wxr_version>
            <item><title></title><content:encoded><![CDATA[Catatan tanpa judul.]]></content:encoded><wp:post_id>7001</wp:post_id>
            <wp:post_date_gmt>2024-01-02 03:04:05</wp:post_date_gmt><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
            </channel></rss>
            """);

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ImportWordPressExport>().RunAsync(file, null, CancellationToken.None);

        Assert.Equal(expected, await app.WithDbAsync(db => db.Articles.Where(a => a.WordPressId == 7001).Select(a => a.Headline).SingleAsync()));
    }
}
