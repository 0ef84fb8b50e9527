using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Live;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Articles;

namespace Warta.Web.Areas.Newsroom.Pages.Articles;

/// <summary>
/// The live desk beside a story: switch live coverage on and off, a fast composer (the story's toolbar; Ctrl+Enter
/// publishes), and every entry with edit, pin and withdraw. For whoever may publish the story.
/// </summary>
[Authorize(Policy = Capability.PublishOwn)]
public class LiveModel(WartaDb db, CurrentStaff current, LiveDesk desk) : NewsroomPage
{
    public sealed record Row(int Id, string? Headline, string Body, DateTime PublishedAt, DateTime? EditedAt, DateTime? WithdrawnAt, DateTime? PinnedAt, string AuthorName, string AuthorInitials);

    public Article Article { get; private set; } = null!;
    public List<Row> Entries { get; private set; } = [];
    public string? PublicUrl { get; private set; }
    public IReadOnlyDictionary<string, string> Problems { get; private set; } = new Dictionary<string, string>();

    /// <summary>The entry being edited in the composer (<c>?ubah=ID</c>), or null for a new one.</summary>
    [BindProperty] public int? EntryId { get; set; }
    [BindProperty] public string? EntryHeadline { get; set; }
    [BindProperty] public string? EntryBody { get; set; }
    [FromQuery(Name = "tersimpan")] public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery(Name = "ubah")] int? edit, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        if (edit is { } entryId && Entries.FirstOrDefault(e => e.Id == entryId && e.WithdrawnAt is null) is { } editing)
            (EntryId, EntryHeadline, EntryBody) = (editing.Id, editing.Headline, editing.Body);
        return Page();
    }

    public Task<IActionResult> OnPostStartAsync(int id, CancellationToken ct) => RunAsync(id, staff => desk.StartAsync(id, staff, ct), "start", ct);

    public Task<IActionResult> OnPostEndAsync(int id, CancellationToken ct) => RunAsync(id, staff => desk.EndAsync(id, staff, ct), "end", ct);

    public Task<IActionResult> OnPostEntryAsync(int id, CancellationToken ct) => RunAsync(id, async staff =>
    {
        if (EntryId is not { } entryId) return await desk.PostAsync(id, EntryHeadline, EntryBody, staff, ct);
        // An entry of another story is not this page's to change.
        if (!await db.LiveEntries.AnyAsync(e => e.Id == entryId && e.ArticleId == id, ct)) return new LiveDesk.Outcome(null, new Dictionary<string, string>(), Missing: true);
        return await desk.EditAsync(entryId, EntryHeadline, EntryBody, staff, ct);
    }, "entry", ct);

    public Task<IActionResult> OnPostWithdrawAsync(int id, int entry, CancellationToken ct) =>
        RunAsync(id, async staff => await OwnAsync(id, entry, ct) ?? await desk.WithdrawAsync(entry, staff, ct), "withdrawn", ct);

    public Task<IActionResult> OnPostPinAsync(int id, int entry, bool pin, CancellationToken ct) =>
        RunAsync(id, async staff => await OwnAsync(id, entry, ct) ?? await desk.PinAsync(entry, pin, staff, ct), pin ? "pinned" : "unpinned", ct);

    private async Task<LiveDesk.Outcome?> OwnAsync(int id, int entry, CancellationToken ct) =>
        await db.LiveEntries.AnyAsync(e => e.Id == entry && e.ArticleId == id, ct) ? null : new LiveDesk.Outcome(null, new Dictionary<string, string>(), Missing: true);

    /// <summary>Runs one desk action; on success back to the desk (a reload never posts twice), else the page with every word kept.</summary>
    private async Task<IActionResult> RunAsync(int id, Func<StaffMember, Task<LiveDesk.Outcome>> action, string done, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        var outcome = await action(staff);
        if (outcome.Missing) return NotFound();
        if (outcome.Forbidden) return Forbid();
        if (outcome.Succeeded)
        {
            var anchor = outcome.Saved is { } saved ? $"#entri-{saved.Id}" : "";
            return Redirect($"/newsroom/artikel/tulis/{id}/langsung/?tersimpan={done}{anchor}");
        }
        Problems = outcome.Problems;
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        var article = await db.Articles.AsNoTracking().Include(a => a.Bylines).Include(a => a.Section).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return NotFound();
        if (!staff.CanPublish(article)) return Forbid();
        Article = article;
        Title = T("LiveDeskTitle", article.Headline);
        Entries = await db.LiveEntries.AsNoTracking().Where(e => e.ArticleId == id).OrderByDescending(e => e.PublishedAt).ThenByDescending(e => e.Id)
            .Select(e => new Row(e.Id, e.Headline, e.Body, e.PublishedAt, e.EditedAt, e.WithdrawnAt, e.PinnedAt, e.AuthorName, e.AuthorInitials))
            .ToListAsync(ct);
        if (article.Status == ArticleStatus.Published && article.PublishedAt is { } published)
            PublicUrl = Permalink.For(article.Slug, published, Site.Time.Zone);
        return null;
    }
}
