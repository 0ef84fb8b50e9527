using Microsoft.AspNetCore.Identity;
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
    TimeProvider clock)
{
    /// <summary>The records of an export; tests put a reader here that loses one, to see the reconciliation catch it.</summary>
    internal Func<Stream, IEnumerable<WxrRecord>> Reader { get; set; } = WxrReader.Read;

    public async Task<ImportSummary> RunAsync(
        string path, IProgress<(int Done, int Total)>? progress, CancellationToken ct, Newsroom.Articles.Actor? actor = null, CategoryMap? map = null)
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
        try
        {
            var summary = await ImportAsync(repaired ?? path, census, attachments, progress, actor ?? Newsroom.Articles.Actor.CommandLine, map ?? CategoryMap.Default, ct);
            if (repaired is not null) summary.Notes.Add("nested CDATA sections were read as WordPress reads them");
            return summary;
        }
        finally
        {
            if (repaired is not null) File.Delete(repaired);
        }
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
        string path, WxrCensus census, WordPressMedia attachments, IProgress<(int Done, int Total)>? progress, Newsroom.Articles.Actor actor,
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
        var files = new AttachmentImport(run, comments);
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
