using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Import.WordPress;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Import;

/// <summary>
/// Uploads a WordPress export, asks what each of its categories becomes (the mapping step: a new section, an
/// existing section, a tag, or nothing; the same choices as <c>import wordpress --map</c>), and imports it in the
/// background with the same importer as the command; the page then shows the import's progress until its summary.
/// </summary>
[Authorize(Policy = Capability.ManageSettings)]
[RequestSizeLimit(1024L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 1024L * 1024 * 1024)]
public class IndexModel(ImportJobs jobs, WartaDb db, TimeProvider clock) : NewsroomPage
{
    public ImportJob? Job { get; private set; }
    public string? Problem { get; private set; }
    public ImportJobSummary? Summary => Job?.Summary;
    public TimeSpan? Remaining => Job?.Remaining(clock.GetUtcNow());

    /// <summary>The upload waiting for its mapping step, and the sections a category may join.</summary>
    public StagedImport? Stage { get; private set; }
    public List<(string Slug, string Name)> Sections { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Chosen { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(Guid? job, [FromQuery(Name = "tahap")] Guid? stage, CancellationToken ct)
    {
        Title = T("ImpTitle");
        if (stage is { } staged)
        {
            Stage = await jobs.FindStagedAsync(staged, ct);
            if (Stage is null) return NotFound();
            await LoadSectionsAsync(ct);
            return Page();
        }
        if (job is { } id)
        {
            Job = await jobs.FindAsync(id, ct);
            if (Job is null) return NotFound();
            if (Job.Refusal is { } e)
            {
                Problem = T("ImpUnreadable", e.Line, e.Column, e.Message);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            }
            else if (Job.Unaccounted.Count > 0) Problem = T("ImpUnaccounted", string.Join("; ", Job.Unaccounted));
            else if (Job.IsLost) Problem = T("ImpLost");
            else if (Job.Failed) Problem = T("ImpFailed");
        }
        return Page();
    }

    /// <summary>The finished import's report: every item and comment with its outcome, as CSV.</summary>
    public async Task<IActionResult> OnGetReportAsync(Guid job, CancellationToken ct)
    {
        if (await jobs.FindAsync(job, ct) is not { Summary: not null } found || !System.IO.File.Exists(jobs.ReportPath(job))) return NotFound();
        var name = "impor-" + found.StartedAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + ".csv";
        return PhysicalFile(jobs.ReportPath(job), "text/csv; charset=utf-8", name);
    }

    /// <summary>What the page's script polls while the import runs.</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid job, CancellationToken ct)
    {
        if (await jobs.FindAsync(job, ct) is not { } found) return NotFound();
        var left = found.Remaining(clock.GetUtcNow());
        return new JsonResult(new
        {
            done = found.Done,
            total = found.Total,
            finished = found.IsFinished,
            text = found.IsFinished ? "" : T("ImpProgress", found.Done, found.Total, left is { } l ? T("ImpLeft", (int)Math.Ceiling(l.TotalSeconds)) : ""),
        });
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, bool fetch, CancellationToken ct)
    {
        Title = T("ImpTitle");
        if (file is null || file.Length == 0)
        {
            Problem = T("ImpChooseFile");
            return Page();
        }
        var stage = await jobs.StageAsync(file, User.Identity?.Name ?? "", fetch ? FetchOptions.Default : FetchOptions.Off, ct);
        // Nothing to map (or a file only the import itself can judge): straight on.
        if (stage.Categories.Count == 0) return await StartAsync(stage, CategoryMap.Default, ct);
        return LocalRedirect($"/newsroom/impor/?tahap={stage.Id}");
    }

    /// <summary>The mapping step's answer: per category <c>section</c> (its own), <c>section:slug</c> (an existing one), <c>tag</c> or <c>skip</c>.</summary>
    public async Task<IActionResult> OnPostStartAsync([FromForm(Name = "tahap")] Guid stageId, [FromForm(Name = "peta")] Dictionary<string, string>? choices, CancellationToken ct)
    {
        Title = T("ImpTitle");
        Stage = await jobs.FindStagedAsync(stageId, ct);
        if (Stage is null) return await jobs.FindAsync(stageId, ct) is null ? NotFound() : LocalRedirect($"/newsroom/impor/?job={stageId}");
        await LoadSectionsAsync(ct);
        choices ??= [];
        var existing = Sections.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var map = new List<(string, CategoryTarget, string)>();
        foreach (var category in Stage.Categories)
        {
            var choice = choices.GetValueOrDefault(category.Slug) ?? "section";
            (CategoryTarget, string)? target = choice switch
            {
                "section" => (CategoryTarget.Section, category.Slug),
                "tag" => (CategoryTarget.Tag, category.Slug),
                "skip" => (CategoryTarget.Skip, category.Slug),
                _ when choice.StartsWith("section:", StringComparison.Ordinal) && existing.Contains(choice["section:".Length..]) => (CategoryTarget.Section, choice["section:".Length..]),
                _ => null,
            };
            if (target is not { } t)
            {
                Problem = T("ImpMapInvalid", category.Name);
                Chosen = choices;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }
            map.Add((category.Slug, t.Item1, t.Item2));
        }
        return await StartAsync(Stage, CategoryMap.From(map), ct);
    }

    private async Task<IActionResult> StartAsync(StagedImport stage, CategoryMap map, CancellationToken ct)
    {
        var job = await jobs.StartAsync(stage, User.Identity?.Name ?? "", map, ct);
        if (job is null)
        {
            Stage = await jobs.FindStagedAsync(stage.Id, ct);
            await LoadSectionsAsync(ct);
            Problem = T("ImpBusy");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return LocalRedirect($"/newsroom/impor/?job={job.Id}");
    }

    private async Task LoadSectionsAsync(CancellationToken ct) =>
        Sections = (await db.Sections.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Slug, s.Name }).ToListAsync(ct)).ConvertAll(s => (s.Slug, s.Name));
}
