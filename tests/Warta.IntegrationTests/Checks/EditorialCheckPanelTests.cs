using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Testing;
using Warta.Web.Articles;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Checks;

/// <summary>The editor's check panel, dismissals kept in the revision, and the <c>check FILE</c> command with and without a site.</summary>
public class EditorialCheckPanelTests(WartaApp app) : IClassFixture<WartaApp>
{
    private async Task<Dictionary<string, string>> FormAsync(string headline, string body, Article? existing = null)
    {
        var section = await A.Section().SaveAsync(app);
        return new Dictionary<string, string>
        {
            ["Form.Headline"] = headline, ["Form.Body"] = body, ["Form.SectionId"] = (existing?.SectionId ?? section.Id).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Language"] = "id", ["Form.Dek"] = "Dek uji.", ["Form.MetaDescription"] = "Deskripsi uji.",
            ["Form.Version"] = (existing?.Version ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    [Fact]
    public async Task ThePanel_ShowsFindings_AndADismissalWithItsReason_IsKeptInTheRevision()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var story = await An.Article().Titled($"Rapat warga {Unique.Next()}").WithBody("Warga berkumpul di di balai desa pada Kamis (19 Juni 2024) malam.").SaveAsync(app);

        var (_, page) = await editor.GetPageAsync($"/newsroom/artikel/tulis/{story.Id}/");
        var items = page.QuerySelectorAll("[data-testid=checks] li");
        Assert.Contains(items, li => li.GetAttribute("data-check") == "slips" && li.TextContent.Contains("\"di di\"", StringComparison.Ordinal));
        Assert.Contains(items, li => li.GetAttribute("data-check") == "dates" && li.TextContent.Contains("Rabu", StringComparison.Ordinal));

        // The repeated word is a fix; the date is dismissed with a reason.
        var date = items.Select((li, i) => (li, i)).Single(x => x.li.GetAttribute("data-check") == "dates");
        var form = await FormAsync(story.Headline, "Warga berkumpul di balai desa pada Kamis (19 Juni 2024) malam.", story);
        form[$"Form.Dismissals[0].Fingerprint"] = date.li.QuerySelector("input[type=hidden]")!.GetAttribute("value")!;
        form[$"Form.Dismissals[0].Reason"] = "Kutipan dari surat undangan, ditulis apa adanya.";
        form["act"] = "Save";
        var saved = await editor.PostFormAsync($"/newsroom/artikel/tulis/{story.Id}/", form, "#editor");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var (_, after) = await editor.GetPageAsync($"/newsroom/artikel/tulis/{story.Id}/");
        var dismissed = Assert.Single(after.QuerySelectorAll("[data-testid=checks] li.dismissed"));
        Assert.Equal("dates", dismissed.GetAttribute("data-check"));
        Assert.Equal("Kutipan dari surat undangan, ditulis apa adanya.", dismissed.QuerySelector("input[name$='.Reason']")!.GetAttribute("value"));
        Assert.DoesNotContain(after.QuerySelectorAll("[data-testid=checks] li"), li => li.GetAttribute("data-check") == "slips");
        var notes = await app.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == story.Id).OrderByDescending(r => r.Id).Select(r => r.CheckNotes).FirstAsync());
        Assert.Contains("Kutipan dari surat undangan", notes, StringComparison.Ordinal);
        Assert.Contains("dates:", notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCheckButton_ChecksTheWordsAsTyped_AndSavesNothing()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var story = await An.Article().Titled($"Banjir {Unique.Next()}").WithBody("Air mulai surut.").SaveAsync(app);
        var form = await FormAsync(story.Headline, "“Kami belum menerima bantuan apa pun sejak kemarin pagi sampai sekarang.", story);
        form["act"] = "Check";
        var response = await editor.PostFormAsync($"/newsroom/artikel/tulis/{story.Id}/", form, "#editor");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(page.QuerySelectorAll("[data-testid=checks] li"), li => li.GetAttribute("data-check") == "quotes");
        Assert.Contains(page.QuerySelectorAll("[data-testid=checks] li"), li => li.GetAttribute("data-check") == "attribution");
        Assert.Contains("Kami belum menerima bantuan", page.QuerySelector("textarea[name='Form.Body']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Air mulai surut.", await app.WithDbAsync(db => db.Articles.Where(a => a.Id == story.Id).Select(a => a.Body).SingleAsync()));
    }

    [Fact]
    public async Task ACleanStory_ShowsACleanPanel()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var story = await An.Article().Titled($"Harga cabai turun {Unique.Next()}").WithDek("Pasokan lancar.").WithBody("“Harga sudah lebih masuk akal sekarang,” kata Yanti, pedagang sayur.")
            .SaveAsync(app);
        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.MetaDescription, "Harga cabai turun.")));
        var (_, page) = await editor.GetPageAsync($"/newsroom/artikel/tulis/{story.Id}/");
        Assert.NotNull(page.QuerySelector("[data-testid=checks-clean]"));
    }

    [Fact]
    public async Task TheCommand_ChecksAFile_WithTheSiteWhenItHasOne()
    {
        var gone = await An.Article().Titled($"Berita yang dibuang {Unique.Next()}").WithStatus(ArticleStatus.Trashed).SaveAsync(app);
        await An.Article().Titled($"Kunjungan {Unique.Next()}").WithBody("Pemimpin Korea Utara Kim Jong Un menyambut tamunya.").SaveAsync(app);
        var file = Path.Combine(app.DataDirectory, $"cek-{Unique.Next()}.txt");
        await File.WriteAllTextAsync(file, $"Judul Uji\n\nKim Jong-un tiba di bandara.\n\n[baca-juga id={gone.Id}]\n\nIa disambut di di sana.\n");

        var (exit, output, errors) = await AppCommand.RunAsync(null, "check", file, $"--Warta:DataDirectory={app.DataDirectory}");
        Assert.True(exit == 1, errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("3:1 names ", StringComparison.Ordinal) && l.Contains("Kim Jong Un", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("5:1 related ", StringComparison.Ordinal) && l.Contains("tempat sampah", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("7:", StringComparison.Ordinal) && l.Contains("\"di di\"", StringComparison.Ordinal));

        // Without a site: the text alone, in English when asked; and a clean text prints nothing.
        var nowhere = Path.Combine(Path.GetTempPath(), $"tanpa-situs-{Guid.NewGuid():N}");
        var (alone, words, _) = await AppCommand.RunAsync(null, "check", file, "--language", "en", $"--Warta:DataDirectory={nowhere}");
        Assert.Equal(1, alone);
        Assert.Contains("The same word is written twice", words, StringComparison.Ordinal);
        Assert.DoesNotContain(" related ", words, StringComparison.Ordinal);
        // On SQLite a data directory with no database is no site, and the check makes none; on PostgreSQL the site's
        // database (not made for this directory) cannot be read, and the text is checked all the same.
        if (!TestDatabase.IsPostgres) Assert.False(Directory.Exists(nowhere));
        await File.WriteAllTextAsync(file, "Judul Bersih\n\n“Air sudah surut sejak pagi tadi,” kata Budi.\n");
        var (clean, nothing, _) = await AppCommand.RunAsync(null, "check", file, $"--Warta:DataDirectory={nowhere}");
        Assert.Equal((0, ""), (clean, nothing.Trim()));
        var (missing, _, why) = await AppCommand.RunAsync(null, "check", file + ".tidak-ada");
        Assert.Equal(2, missing);
        Assert.Contains("tidak ditemukan", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARelativePath_IsReadFromWhereTheCommandWasTyped_AsDotnetRunStartsElsewhere()
    {
        var typedIn = Directory.CreateTempSubdirectory("warta-typed-").FullName;
        var startedIn = Directory.CreateTempSubdirectory("warta-started-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(typedIn, "berita.txt"), "Judul\n\nWarga berkumpul di di balai desa.\n");
            var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = startedIn, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Warta.Web.dll"), "check", "berita.txt", $"--Warta:DataDirectory={Path.Combine(startedIn, "data")}" })
                start.ArgumentList.Add(a);
            start.Environment["PWD"] = typedIn;
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 1, errors);
            Assert.Contains("\"di di\"", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(typedIn, true);
            Directory.Delete(startedIn, true);
        }
    }
}
