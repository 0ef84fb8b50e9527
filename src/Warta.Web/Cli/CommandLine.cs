using System.CommandLine;
using Warta.Web.Hosting;
using Warta.Web.Import.WordPress;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Cli;

/// <summary>
/// Verbs of the same app, for editors, developers and scripts (<c>dotnet run --project src/Warta.Web -- search rebuild</c>),
/// parsed by System.CommandLine: <c>--help</c> on each, and anything unknown or mistyped is refused with a usage line and
/// a non-zero exit, never taken for the site. Configuration comes as for the site (appsettings, environment,
/// <c>--Warta:DataDirectory=…</c> anywhere on the line).
/// </summary>
public static class CommandLine
{
    /// <summary>
    /// A first word that is not an option or a configuration setting (<c>key=value</c>) names a command; with none, the
    /// site runs.
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal);

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = args.Where(IsSetting).ToArray();
        var root = new RootCommand("Warta: commands beside the site. Run with no command to start the site.")
        {
            UserCommand(settings),
            ImportCommand(settings),
            SearchCommand(settings),
            MediaCommand(settings),
            BackupCommand(settings),
            RestoreCommand(settings),
            CheckCommand(settings),
        };
        var parsed = root.Parse(args.Where(a => !IsSetting(a)).ToArray());
        if (parsed.Errors.Count == 0) return await parsed.InvokeAsync();
        // A line that does not parse: what was wrong and the usage, on standard error, and 2 as for any misuse.
        await parsed.InvokeAsync(new InvocationConfiguration { Output = Console.Error, Error = Console.Error });
        return 2;
    }

    /// <summary>
    /// A path as the person typed it, from where they typed it: <c>dotnet run --project src/Warta.Web</c> starts the app
    /// in the project's folder, while a relative path on the line (<c>export.xml</c>) was meant from the shell's own
    /// folder, which the shell passes on as <c>PWD</c>. Absolute paths, and runs started where they were typed, are as given.
    /// </summary>
    internal static T? FromCaller<T>(T? path) where T : FileSystemInfo
    {
        if (path is null) return null;
        var typed = path.ToString();
        var caller = Environment.GetEnvironmentVariable("PWD");
        if (Path.IsPathRooted(typed) || string.IsNullOrEmpty(caller) || !Path.IsPathRooted(caller) || !Directory.Exists(caller)
            || Path.GetFullPath(caller) == Path.GetFullPath(Environment.CurrentDirectory)) return path;
        var full = Path.GetFullPath(Path.Combine(caller, typed));
        return (T)(FileSystemInfo)(path is FileInfo ? new FileInfo(full) : new DirectoryInfo(full));
    }

    private static bool IsSetting(string arg) => arg.StartsWith("--Warta", StringComparison.OrdinalIgnoreCase);

    /// <summary>The site's own composition: a command's saves take the site's change path (journal, caches, search).</summary>
    internal static WebApplication Build(string[] settings)
    {
        var builder = WebApplication.CreateBuilder(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddWarta();
        var app = builder.Build();
        // Mapped, not served: what the site answers at (the route table) decides, here too, which slugs pages may not take.
        app.MapWarta();
        return app;
    }

    private static Command UserCommand(string[] settings)
    {
        var email = new Option<string>("--email") { Description = "Sign-in email address", Required = true };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var role = new Option<string>("--role") { Description = "administrator, editor, author, contributor or moderator", Required = true };
        var add = new Command("add", "Create a staff account; the password is read from standard input") { email, name, role };
        add.SetAction((result, _) => UserCommands.AddAsync(settings, result.GetValue(email)!, result.GetValue(name)!, result.GetValue(role)!));
        return new Command("user", "Staff accounts") { add };
    }

    private static Command ImportCommand(string[] settings)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The WordPress export (WXR) to import" };
        var report = new Option<FileInfo?>("--report") { Description = "Write every item and comment with its outcome to this CSV file" };
        var map = new Option<FileInfo?>("--map") { Description = "Category map: lines of 'category-slug,section|tag|skip[,target-slug]' (README)" };
        var noFetch = new Option<bool>("--no-fetch") { Description = "Do not download image attachments into the media library (they stay at their old addresses)" };
        var fetchPrivate = new Option<bool>("--fetch-private") { Description = "Allow downloads from loopback and private network addresses (an old site on the same network)" };
        var wordpress = new Command("wordpress", "Import a WordPress export; running it again updates") { file, report, map, noFetch, fetchPrivate };
        wordpress.SetAction((result, _) => ImportCommands.WordPressAsync(settings, FromCaller(result.GetValue(file))!, FromCaller(result.GetValue(report)), FromCaller(result.GetValue(map)),
            new FetchOptions { Enabled = !result.GetValue(noFetch), AllowPrivateAddresses = result.GetValue(fetchPrivate) }));
        return new Command("import", "Bring content in from another system") { wordpress };
    }

    private static Command SearchCommand(string[] settings)
    {
        var rebuild = new Command("rebuild", "Rebuild the search index from the database (the site keeps answering from the old one)");
        rebuild.SetAction((_, _) => SearchCommands.RebuildAsync(settings));

        var language = new Option<string>("--language") { Description = "id or en", Required = true };
        language.AcceptOnlyFromAmong(SiteLanguages.Indonesian, SiteLanguages.English);
        var words = new Argument<string[]>("TEXT") { Description = "The words to analyze", Arity = ArgumentArity.OneOrMore };
        var analyze = new Command("analyze", "Show the terms the index stores for each word") { language, words };
        analyze.SetAction((result, _) => SearchCommands.AnalyzeAsync(settings, result.GetValue(language)!, string.Join(' ', result.GetValue(words)!)));

        return new Command("search", "The search index") { rebuild, analyze };
    }

    private static Command MediaCommand(string[] settings)
    {
        var crops = new Command("crops", "Cut every library image to its frames (cards, lead, share card) around its focal point");
        crops.SetAction((_, _) => MediaCommands.CropsAsync(settings));
        return new Command("media", "The media library") { crops };
    }

    private static Command CheckCommand(string[] settings)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A plain-text or HTML file whose first line is the headline" };
        var language = new Option<string>("--language") { Description = "The text's language: id (default) or en", DefaultValueFactory = _ => SiteLanguages.Indonesian };
        language.AcceptOnlyFromAmong(SiteLanguages.Indonesian, SiteLanguages.English);
        var check = new Command("check", "Editorial checks on a story: quotation marks, attribution, names, dates, slips, \"Baca juga\" blocks") { file, language };
        check.SetAction((result, _) => CheckCommands.CheckAsync(settings, FromCaller(result.GetValue(file))!, result.GetValue(language)!, Console.Out));
        return check;
    }

    private static Command BackupCommand(string[] settings)
    {
        var target = new Argument<DirectoryInfo>("DIR") { Description = "A new or empty directory to write the backup to" };
        var backup = new Command("backup", "Back up the database (online, while the site runs), media and keys") { target };
        backup.SetAction((result, _) => BackupCommands.BackupAsync(settings, FromCaller(result.GetValue(target))!));
        return backup;
    }

    private static Command RestoreCommand(string[] settings)
    {
        var source = new Argument<DirectoryInfo>("DIR") { Description = "A directory written by backup" };
        var replace = new Option<bool>("--replace") { Description = "Replace the site already in the data directory (stop the site first)" };
        var restore = new Command("restore", "Restore a backup into the data directory") { source, replace };
        restore.SetAction((result, _) => BackupCommands.RestoreAsync(settings, FromCaller(result.GetValue(source))!, result.GetValue(replace)));
        return restore;
    }
}
