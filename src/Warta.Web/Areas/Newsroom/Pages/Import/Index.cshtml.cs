using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warta.Web.Import.WordPress;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Import;

/// <summary>
/// Uploads a WordPress export and imports it in the background (the same importer as <c>import wordpress</c>);
/// the page then shows the import's progress until its summary.
/// </summary>
[Authorize(Policy = Capability.ManageSettings)]
[RequestSizeLimit(1024L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 1024L * 1024 * 1024)]
public class IndexModel(ImportJobs jobs, TimeProvider clock) : NewsroomPage
{
    public ImportJob? Job { get; private set; }
    public string? Problem { get; private set; }
    public ImportSummary? Summary => Job?.Summary;
    public TimeSpan? Remaining => Job?.Remaining(clock.GetUtcNow());

    public IActionResult OnGet(Guid? job)
    {
        Title = T("ImpTitle");
        if (job is { } id)
        {
            Job = jobs.Find(id);
            if (Job is null) return NotFound();
            if (Job.Refusal is { } e)
            {
                Problem = T("ImpUnreadable", e.Line, e.Column, e.Message);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            }
            else if (Job.Unaccounted.Count > 0) Problem = T("ImpUnaccounted", string.Join("; ", Job.Unaccounted));
            else if (Job.Failed) Problem = T("ImpFailed");
        }
        return Page();
    }

    /// <summary>The finished import's report: every item and comment with its outcome, as CSV.</summary>
    public IActionResult OnGetReport(Guid job)
    {
        if (jobs.Find(job) is not { Summary: { } summary } found) return NotFound();
        var name = "impor-" + found.StartedAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + ".csv";
        return File(ImportReport.ToBytes(summary), "text/csv; charset=utf-8", name);
    }

    /// <summary>What the page's script polls while the import runs.</summary>
    public IActionResult OnGetProgress(Guid job)
    {
        if (jobs.Find(job) is not { } found) return NotFound();
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
        var job = await jobs.StartAsync(file, User.Identity?.Name ?? "", fetch ? FetchOptions.Default : FetchOptions.Off, ct);
        if (job is null)
        {
            Problem = T("ImpBusy");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return LocalRedirect($"/newsroom/impor/?job={job.Id}");
    }
}
