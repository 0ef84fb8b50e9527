using Microsoft.AspNetCore.Mvc;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Account;

/// <summary>
/// One's own application passwords for the REST API: make one for an app (shown once), see when each was last used,
/// revoke one. Every member of staff may; what an app may then do is what its owner may do.
/// </summary>
public class ApplicationPasswordsModel(ApplicationPasswords passwords) : NewsroomPage
{
    [BindProperty] public string? Name { get; set; }

    public List<ApplicationPassword> Entries { get; private set; } = [];
    public List<string> Problems { get; } = [];

    /// <summary>The password just made, grouped by four: the only moment it is shown.</summary>
    public (string Name, string Password)? Created { get; private set; }
    public bool Revoked { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (UserId is not { } me) return Challenge();
        await LoadAsync(me, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (UserId is not { } me) return Challenge();
        await LoadAsync(me, ct);
        var name = (Name ?? "").Trim();
        if (name.Length == 0) Problems.Add(T("FieldRequired", T("AppPwName")));
        else if (name.Length > ApplicationPassword.NameMaxLength) Problems.Add(T("FieldTooLong", T("AppPwName"), ApplicationPassword.NameMaxLength));
        else if (Entries.Any(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))) Problems.Add(T("AppPwNameTaken", name));
        else if (Entries.Count >= ApplicationPasswords.MaxPerAccount) Problems.Add(T("AppPwTooMany", ApplicationPasswords.MaxPerAccount));
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var (entry, password) = await passwords.CreateAsync(me, name, ct);
        Created = (entry.Name, password);
        Name = null;
        await LoadAsync(me, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid uuid, CancellationToken ct)
    {
        if (UserId is not { } me) return Challenge();
        if (!await passwords.RevokeAsync(me, uuid, ct)) return NotFound();
        Revoked = true;
        await LoadAsync(me, ct);
        return Page();
    }

    private async Task LoadAsync(int me, CancellationToken ct)
    {
        Title = T("AppPwTitle");
        Entries = await passwords.ListAsync(me, ct);
    }
}
