using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;
using Warta.Web.Resources;
using Warta.Web.Settings;
using Warta.Web.Site;
using Warta.Web.Tags;

namespace Warta.Web.Newsroom.Articles;

/// <summary>
/// Saves the editor's form and moves the article along its workflow in one transaction, with a revision of the words
/// and an audit entry for anything that changes what readers see. A stale version is a conflict, never an overwrite.
/// </summary>
public sealed class SaveArticle(
    WartaDb db, ArticleWorkflow workflow, SiteSettingsCache settings, TimeProvider clock, IStringLocalizer<SharedResource> text, Checks.ArticleChecks checks)
{
    public async Task<SaveOutcome> RunAsync(int? id, ArticleForm form, EditorAction action, StaffMember staff, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var site = settings.Current;
        Article article;
        if (id is { } existing)
        {
            var found = await db.Articles.Include(a => a.Bylines).Include(a => a.Tags).Include(a => a.Redirects)
                .SingleOrDefaultAsync(a => a.Id == existing, ct);
            if (found is null || !staff.CanEdit(found)) return SaveOutcome.Refused();
            if (found.Version != form.Version) return SaveOutcome.Conflict(found);
            article = found;
        }
        else
        {
            if (!staff.Can(Capability.WriteDrafts)) return SaveOutcome.Refused();
            article = new Article { Slug = "", Headline = "", Status = ArticleStatus.Draft, CreatedAt = now, CreatedById = staff.Id };
        }
        if (action is EditorAction.Publish or EditorAction.Schedule or EditorAction.Unpublish && !CanPublish(staff, article)) return SaveOutcome.Refused();

        var problems = form.Validate(text, action == EditorAction.Schedule);
        var slug = string.IsNullOrWhiteSpace(form.Slug) ? Slug.From(form.Headline) : form.Slug.Trim();
        if (slug.Length == 0 && !problems.ContainsKey(nameof(ArticleForm.Headline))) problems.TryAdd(nameof(ArticleForm.Slug), text["SlugInvalid", Slug.MaxLength]);
        else if (await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != article.Id, ct)) problems.TryAdd(nameof(ArticleForm.Slug), text["SlugTaken", slug]);
        if (!await db.Sections.AnyAsync(s => s.Id == form.SectionId, ct)) problems.TryAdd(nameof(ArticleForm.SectionId), text["FieldRequired", text["EdSection"]]);
        var creditIds = form.Credits.Select(c => c.AuthorId).Distinct().ToList();
        if (await db.Authors.CountAsync(a => creditIds.Contains(a.Id), ct) != creditIds.Count) problems.TryAdd("Credits", text["CreditsInvalid"]);
        if (problems.Count > 0) return SaveOutcome.Invalid(problems);

        var wasPublic = article.Status == ArticleStatus.Published;
        var wordsChanged = article.Headline != form.Headline.Trim() || article.Dek != Blank(form.Dek) || article.Body != form.Body;
        Apply(article, form, slug, site, now);
        // The home page's headline is an editor's call, like publishing: others' saves leave it as it was.
        if (staff.Can(Capability.PinHeadline)) article.IsPinned = form.IsPinned;
        await ApplyTagsAsync(article, form, ct);
        ApplyCredits(article, form, staff);

        // The editorial checks: a finding the site marks as blocking stops publishing; the others are kept dismissed
        // where the editor gave a reason, and the story's revision records them.
        var findings = await checks.RunAsync(Checks.CheckInput.Of(article), Checks.CheckDismissal.Read(article.CheckNotes), id, site.Checks.Blocking.Contains(Checks.NameSpellings.CheckId), ct);
        if (action is EditorAction.Publish or EditorAction.Schedule && findings.Where(f => f.Blocking).ToList() is { Count: > 0 } blocking)
        {
            db.ChangeTracker.Clear();
            return SaveOutcome.Invalid(new Dictionary<string, string> { [ChecksProblem] = text["ChkBlocked", string.Join(" ", blocking.Select(b => b.Message))] });
        }
        article.CheckNotes = Checks.CheckDismissal.Write(Checks.ArticleChecks.Kept(findings, form.GivenDismissals, Checks.CheckDismissal.Read(article.CheckNotes), staff.Name, now));

        try
        {
            workflow.Move(article, action, now, action == EditorAction.Schedule ? site.Time.ToUtc(form.ScheduleLocal!.Value) : null);
            if (wasPublic && article.Status == ArticleStatus.Published && wordsChanged) article.UpdatedAt = now;
            if (id is null) db.Articles.Add(article);
            // One editorial action, one transaction: the story, its revision and its audit entry commit together.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            db.ArticleRevisions.Add(ArticleRevision.Of(article, now, staff.Id, staff.Name));
            workflow.Record(article, action, Actor.Of(staff));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return SaveOutcome.Success(article);
        }
        catch (ArticleRuleException rule)
        {
            return SaveOutcome.Invalid(new Dictionary<string, string> { ["Status"] = text["Rule_" + rule.Rule] });
        }
        catch (Exception e) when (Data.StorageFailure.Is(e))
        {
            // Nothing was committed (one transaction); the form comes back with every word typed.
            db.ChangeTracker.Clear();
            return SaveOutcome.Invalid(new Dictionary<string, string> { [StorageProblem] = text["StorageUnavailable"] });
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var theirs = await db.Articles.AsNoTracking().Include(a => a.Bylines).Include(a => a.Tags).SingleAsync(a => a.Id == article.Id, ct);
            return SaveOutcome.Conflict(theirs);
        }
    }

    /// <summary>The problem key for a publication the editorial checks stopped.</summary>
    public const string ChecksProblem = "Checks";

    /// <summary>The problem key for a save the storage refused (the page answers 503 for it, not 422).</summary>
    public const string StorageProblem = "Storage";

    private static bool CanPublish(StaffMember staff, Article article) =>
        staff.CanPublish(article) || (article.Id == 0 && staff.Can(Capability.PublishOwn));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Apply(Article article, ArticleForm form, string slug, CurrentSite site, DateTime now)
    {
        article.Headline = form.Headline.Trim();
        // Imported emphasis belongs to the imported words: a headline rewritten here is plain text.
        if (article.HeadlineHtml is { } markup && HeadlineMarkup.Split(markup).Plain != article.Headline) article.HeadlineHtml = null;
        article.Password = Blank(form.Password);
        article.Dek = Blank(form.Dek);
        if (article.Slug.Length == 0) article.Slug = slug;
        else article.ChangeSlug(slug, site.Time.Zone, now);
        article.SectionId = form.SectionId;
        article.Dateline = DatelineText.Plain(form.Dateline);
        article.Language = form.Language;
        article.MetaDescription = Blank(form.MetaDescription);
        article.CommentsOpen = form.CommentsOpen;
        article.Body = form.Body;
        if (form.Format is { } format) article.BodyFormat = format;
        article.FeaturedImageUrl = Blank(form.ImageUrl);
        article.FeaturedImageAlt = Blank(form.ImageAlt);
        article.FeaturedImageCaption = Blank(form.ImageCaption);
        article.FeaturedImageCredit = CreditLine.Plain(form.ImageCredit);
    }

    /// <summary>
    /// The story's tags as the form names them. A name is matched to a tag by its name before its slug: a tag renamed
    /// with a slug of its own, or imported with WordPress's ("Joko Widodo" at <c>jokowi</c>), stays the same tag
    /// through every save instead of being swapped for a new one at the slug its name would make.
    /// </summary>
    private async Task ApplyTagsAsync(Article article, ArticleForm form, CancellationToken ct)
    {
        var names = form.TagNames.ToList();
        var slugs = names.Select(Slug.From).ToList();
        var known = await db.Tags.Where(t => names.Contains(t.Name) || slugs.Contains(t.Slug)).ToListAsync(ct);
        var chosen = new List<Tag>();
        foreach (var name in names)
        {
            var slug = Slug.From(name);
            var tag = article.Tags.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? known.FirstOrDefault(t => t.Name == name)
                ?? known.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? article.Tags.FirstOrDefault(t => t.Slug == slug)
                ?? known.FirstOrDefault(t => t.Slug == slug)
                ?? chosen.FirstOrDefault(t => t.Slug == slug)
                ?? new Tag { Name = name, Slug = slug };
            if (!chosen.Contains(tag)) chosen.Add(tag);
        }
        article.Tags.RemoveAll(t => !chosen.Contains(t));
        foreach (var tag in chosen)
            if (!article.Tags.Contains(tag)) article.Tags.Add(tag);
    }

    private static void ApplyCredits(Article article, ArticleForm form, StaffMember staff)
    {
        var credits = form.Credits.ToList();
        // A new story without credits is credited to whoever wrote it.
        if (credits.Count == 0 && article.Bylines.Count == 0 && staff.AuthorId is { } me) credits.Add((me, CreditRole.Penulis));
        if (credits.Count == 0) return;
        article.Bylines.Clear();
        var position = 0;
        foreach (var (authorId, role) in credits) article.Bylines.Add(new Byline { AuthorId = authorId, Role = role, Position = position++ });
    }
}
