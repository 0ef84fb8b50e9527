using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.Web.Areas.Newsroom.Pages.Account;

public class SignInModel(SignInManager<NewsroomUser> signIn, UserManager<NewsroomUser> users, AuditLog audit, Data.WartaDb db) : NewsroomPage
{
    [BindProperty, Required, EmailAddress, StringLength(256)] public string Email { get; set; } = "";
    [BindProperty, Required, StringLength(512)] public string Password { get; set; } = "";
    [BindProperty] public bool Remember { get; set; }
    [FromQuery] public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet() => Title = T("NrSignIn");

    public async Task<IActionResult> OnPostAsync()
    {
        Title = T("NrSignIn");
        if (!ModelState.IsValid)
        {
            Problem = T("NrSignInMissing");
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, Remember, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturn());
        if (result.RequiresTwoFactor)
            return Redirect($"/newsroom/kode/?ReturnUrl={Uri.EscapeDataString(SafeReturn())}&Remember={(Remember ? "true" : "false")}");
        if (result.IsLockedOut)
        {
            if (await users.FindByEmailAsync(Email.Trim()) is { } user)
            {
                audit.Record(user.Id, user.DisplayName, AuditActions.SignInLockedOut, user.Email ?? "", null);
                await db.SaveChangesAsync();
            }
            Problem = T("NrLockedOut");
            return Page();
        }
        // The same words whether the address exists or not, so the form cannot be used to find staff accounts.
        Problem = T("NrSignInFailed");
        return Page();
    }

    private string SafeReturn() => ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith("/newsroom", StringComparison.OrdinalIgnoreCase) ? url : "/newsroom/";
}
