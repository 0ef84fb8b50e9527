using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warta.Web.Import.WordPress;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Import;

/// <summary>Imports a WordPress export uploaded by an administrator; the same importer as <c>import wordpress</c>.</summary>
[Authorize(Policy = Capability.ManageSettings)]
[RequestSizeLimit(1024L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 1024L * 1024 * 1024)]
public class IndexModel(ImportWordPressExport import) : NewsroomPage
{
    public ImportSummary? Summary { get; private set; }
    public string? Problem { get; private set; }

    public void OnGet() => Title = T("ImpTitle");

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        Title = T("ImpTitle");
        if (file is null || file.Length == 0)
        {
            Problem = T("ImpChooseFile");
            return Page();
        }
        // The importer reads the file twice (check, then import), so it goes to a temporary file first.
        var path = Path.GetTempFileName();
        try
        {
            await using (var target = System.IO.File.Create(path)) await file.CopyToAsync(target, ct);
            Summary = await import.RunAsync(path, null, ct);
        }
        catch (WxrFormatException e)
        {
            Problem = T("ImpUnreadable", e.Line, e.Column, e.Message);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        finally
        {
            System.IO.File.Delete(path);
        }
        return Page();
    }
}
