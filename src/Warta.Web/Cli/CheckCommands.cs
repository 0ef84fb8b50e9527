using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Warta.Web.Checks;
using Warta.Web.Data;
using Warta.Web.Resources;

namespace Warta.Web.Cli;

/// <summary>
/// <c>check FILE</c>: the editorial checks over a plain-text or HTML file whose first line is the headline, one
/// finding per line (<c>LINE:COLUMN check message</c>, the column counted in the paragraph's text), nothing for a
/// clean text; exit 1 when anything was found. With the site's data directory at hand it also checks "Baca juga"
/// targets and earlier spellings of names; without one, the text alone.
/// </summary>
public static class CheckCommands
{
    public static async Task<int> CheckAsync(string[] settings, FileInfo file, string language, TextWriter output)
    {
        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync(Localizer(language)["ChkFileMissing", file.FullName]);
            return 2;
        }
        var text = CheckedText.FromFile(Read(await File.ReadAllBytesAsync(file.FullName)));
        var configuration = WebApplication.CreateBuilder(settings).Configuration;
        var warta = configuration.GetSection(WartaOptions.SectionName).Get<WartaOptions>() ?? new WartaOptions();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();

        var words = Localizer(language);
        List<Finding>? findings = null;
        if (database.Provider == DatabaseProvider.Postgres || File.Exists(warta.DatabasePath))
        {
            try
            {
                // The site's own logging would write to the findings' output: a check prints findings only.
                await using var app = CommandLine.Build([.. settings, "--Logging:LogLevel:Default=None"]);
                await using var scope = app.Services.CreateAsyncScope();
                var context = await scope.ServiceProvider.GetRequiredService<SiteChecks>().ContextAsync(text, language, articleId: null, earlierNames: true, CancellationToken.None);
                findings = EditorialChecks.Run(text, context);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A site that cannot be read (its database down, or not made yet) still leaves the text to check.
                await Console.Error.WriteLineAsync(words["ChkNoSite", e.GetBaseException().Message]);
            }
        }
        findings ??= EditorialChecks.Run(text, new CheckContext { Language = language });
        foreach (var finding in findings)
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{finding.Line}:{finding.Column} {finding.Check} {finding.Describe(words)}"));
        return findings.Count == 0 ? 0 : 1;
    }

    /// <summary>UTF-8 (with or without its mark) as it should be; a file that is not valid UTF-8 is read as Windows-1252's Latin subset.</summary>
    private static string Read(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>The site's words in the text's language, without a site to build.</summary>
    private static StringLocalizer<SharedResource> Localizer(string language)
    {
        var culture = Settings.SiteLanguages.CultureFor(language);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        return new StringLocalizer<SharedResource>(factory);
    }
}
