using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Resources;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// Imports a WordPress export. The file is read twice, streaming: first to check it whole and count what it holds (a
/// malformed file stops before anything is written), then to import, in one transaction, each kind of record by its
/// own importer. Every item and comment counted must come out imported, updated or skipped with a reason, or the
/// transaction is rolled back: nothing is lost silently. Everything is keyed on WordPress's ids: a second run updates.
/// </summary>
public sealed class ImportWordPressExport(
    Data.WartaDb db, UserManager<NewsroomUser> users, SiteSettingsCache settings, Changes.ContentChanges changes, Newsroom.Articles.ArticleWorkflow workflow,
    Newsroom.Audit.AuditLog audit, StaticPages.ReservedSlugs reserved, Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource> text,
    AttachmentFetcher fetcher, Media.StoreUpload store, TimeProvider clock)
{
    /// <summary>The records of an export; tests put a reader here that loses one, to see the reconciliation catch it.</summary>
    internal Func<Stream, IEnumerable<WxrRecord>> Reader { get; set; } = WxrReader.Read;

    public async Task<ImportSummary> RunAsync(
        string path, IProgress<(int Done, int Total)>? progress, CancellationToken ct, Newsroom.Articles.Actor? actor = null, CategoryMap? map = null,
        FetchOptions? fetch = null)
    {
        string? repaired = null;
        WxrCensus census;
        WordPressMedia attachments;
        try
        {
            (census, attachments) = Survey(path);
        }
        catch (WxrFormatException refused)
        {
            // WordPress's importer falls back to a lenient parser for nested CDATA; so do we, and only for that.
            repaired = WxrCdataRepair.RewriteToTemporaryFile(path);
            try { (census, attachments) = Survey(repaired); }
            catch (WxrFormatException)
            {
                File.Delete(repaired);
                throw refused;
            }
        }
        IReadOnlyDictionary<int, AttachmentFetcher.Fetched> fetched = new Dictionary<int, AttachmentFetcher.Fetched>();
        try
        {
            // Files are fetched before the transaction opens: a slow old host must not hold the database.
            fetched = await FetchAsync(attachments, fetch ?? FetchOptions.Off, ct);
            var summary = await ImportAsync(repaired ?? path, census, attachments, fetched, progress, actor ?? Newsroom.Articles.Actor.CommandLine, map ?? CategoryMap.Default, ct);
            if (repaired is not null) summary.Notes.Add("nested CDATA sections were read as WordPress reads them");
            return summary;
        }
        catch
        {
            // Nothing of a failed run is kept, files included.
            foreach (var file in fetched.Values) if (file.Item is { } item) store.Delete(item);
            throw;
        }
        finally
        {
            if (repaired is not null) File.Delete(repaired);
        }
    }

    /// <summary>
    /// Attachments the media library keeps (images, documents, sound, video) and does not hold yet are fetched (an earlier run's copies are reused); every
    /// attachment that has a local copy then stands for its old address wherever a story uses it.
    /// </summary>
    private async Task<IReadOnlyDictionary<int, AttachmentFetcher.Fetched>> FetchAsync(WordPressMedia attachments, FetchOptions fetch, CancellationToken ct)
    {
        var ids = attachments.Urls.Keys.ToList();
        var earlier = await db.ImportedAttachments.Where(a => ids.Contains(a.WordPressId) && a.LocalUrl != null)
            .ToDictionaryAsync(a => a.WordPressId, a => a.LocalUrl!, ct);
        foreach (var (id, localUrl) in earlier) attachments.SetLocal(id, localUrl);
        if (!fetch.Enabled) return new Dictionary<int, AttachmentFetcher.Fetched>();
        var wanted = attachments.Urls.Where(a => !earlier.ContainsKey(a.Key) && AttachmentFetcher.IsKept(a.Value)).ToDictionary(a => a.Key, a => a.Value);
        var fetched = await fetcher.FetchAsync(wanted, fetch, ct);
        foreach (var (id, file) in fetched) if (file.Item is { } item) attachments.SetLocal(id, item.Url);
        return fetched;
    }

    /// <summary>The checking pass: the whole file parses, what it holds is counted, attachment addresses noted.</summary>
    private (WxrCensus, WordPressMedia) Survey(string path)
    {
        var census = WxrCensus.Take(path);
        var attachments = new WordPressMedia();
        using var check = File.OpenRead(path);
        foreach (var record in Reader(check))
            if (record is WxrItem { PostType: "attachment", AttachmentUrl: { } url } item && ImportRun.IsWebAddress(url)) attachments.Add(item, url);
        return (census, attachments);
    }

    private async Task<ImportSummary> ImportAsync(
        string path, WxrCensus census, WordPressMedia attachments, IReadOnlyDictionary<int, AttachmentFetcher.Fetched> fetched,
        IProgress<(int Done, int Total)>? progress, Newsroom.Articles.Actor actor,
        CategoryMap map, CancellationToken ct)
    {
        var current = settings.Current;
        var run = new ImportRun(db, current.Time, clock.GetUtcNow().UtcDateTime, attachments,
            id => text.WithCulture(current.Culture, "ImpUntitled", id));
        var authors = new AuthorImport(run, users);
        var terms = new TermImport(run, map);
        var comments = new CommentImport(run);
        var articles = new ArticleImport(run, authors, terms, comments, workflow);
        var pages = new PageImport(run, comments, reserved);
        var files = new AttachmentImport(run, comments, fetched);
        var menus = new MenuImport(run, terms);
        await articles.LoadAsync(ct);
        await files.LoadAsync(ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var done = 0;
        await using (var stream = File.OpenRead(path))
        {
            foreach (var record in Reader(stream))
            {
                switch (record)
                {
                    case WxrSite site:
                        run.BaseSiteUrl = site.BaseSiteUrl;
                        break;
                    case WxrAuthor author:
                        await authors.ImportAsync(author);
                        break;
                    case WxrTerm term:
                        await terms.ImportAsync(term, ct);
                        menus.Term(term);
                        break;
                    case WxrItem item:
                        switch (item.PostType)
                        {
                            case "post": await articles.ImportAsync(item, ct); break;
                            case "page": await pages.ImportAsync(item, ct); break;
                            case "attachment": await files.ImportAsync(item, ct); break;
                            case "nav_menu_item":
                                menus.Collect(item);
                                comments.SkipAll(item, "comments on menu items are not kept");
                                break;
                            default:
                                run.Skipped(item, $"a WordPress {item.PostType}, not an article, page or attachment");
                                comments.SkipAll(item, "its item was skipped");
                                break;
                        }
                        progress?.Report((++done, census.ItemCount));
                        // Each item leaves the tracker empty: change detection on every save then costs one item's
                        // worth of entities, not a growing batch's (it dominated the import's time).
                        await db.SaveChangesAsync(ct);
                        db.ChangeTracker.Clear();
                        break;
                }
            }
        }
        await db.SaveChangesAsync(ct);
        await pages.LinkParentsAsync(ct);
        await menus.ImportAsync(articles.WartaIdOf, pages.WartaIdOf, ct);
        await terms.LinkSectionParentsAsync(ct);
        run.Summary.Reconcile(census);
        // One entry for the run, not one per story: an archive of 50,000 stories would bury every other event.
        var s = run.Summary;
        audit.Record(actor.StaffId, actor.Name, Newsroom.Audit.AuditActions.Imported, Path.GetFileName(path),
            $"{s.Articles} articles, {s.Pages} pages, {s.Comments} comments, {s.Attachments} attachments; {s.Updated} updated, {s.SkippedCount} skipped");
        await db.SaveChangesAsync(ct);
        // Whatever pages showed before the import, an archive's worth of stories has arrived (and page parents were set
        // in bulk): every process starts afresh once this commits.
        await changes.PublishAsync(db, Changes.ChangeSet.Everything, ct);
        await transaction.CommitAsync(ct);
        return run.Summary;
    }
}
