using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Account;

/// <summary>
/// Sign-in that says nothing about who has an account: the same words and the same work (one password hash) for an
/// address with no account, a deactivated one and a wrong password; guessing is slowed by <see cref="SignInThrottle"/>.
/// </summary>
public class SignInModel(SignInManager<NewsroomUser> signIn, UserManager<NewsroomUser> users, SignInThrottle throttle,
    IPasswordHasher<NewsroomUser> hasher) : NewsroomPage
{
    private static string? dummyHash;

    [BindProperty, Required, EmailAddress, StringLength(256)] public string Email { get; set; } = "";
    [BindProperty, Required, StringLength(512)] public string Password { get; set; } = "";
    [BindProperty] public bool Remember { get; set; }
    [FromQuery] public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    /// <summary>Arrived from a mailed link whose password was just set.</summary>
    [FromQuery(Name = "sandi")] public string? Sandi { get; set; }
    public bool PasswordJustSet => Sandi == "baru";

    public void OnGet() => Title = T("NrSignIn");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Title = T("NrSignIn");
        if (!ModelState.IsValid)
        {
            Problem = T("NrSignInMissing");
            return Page();
        }
        var email = Email.Trim();
        var wait = await throttle.WaitAsync(HttpContext, email, ct);
        if (wait > TimeSpan.Zero)
        {
            Problem = TooSoon(wait);
            return Page();
        }
        var user = await users.FindByEmailAsync(email);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, Password, Remember, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            await throttle.SucceededAsync(HttpContext, email, ct);
            return LocalRedirect(SafeReturn());
        }
        // The failures are cleared, and the browser remembered, only once the code is right too.
        if (result.RequiresTwoFactor)
            return Redirect($"/newsroom/kode/?ReturnUrl={Uri.EscapeDataString(SafeReturn())}&Remember={(Remember ? "true" : "false")}");
        // Identity answers these before hashing anything; hash anyway so the time taken tells nothing either.
        if (user is null || result.IsNotAllowed || result.IsLockedOut) HashForNothing();
        await throttle.FailedAsync(HttpContext, email, user, ct);
        Problem = T("NrSignInFailed");
        return Page();
    }

    private void HashForNothing()
    {
        var nobody = new NewsroomUser();
        dummyHash ??= hasher.HashPassword(nobody, "warta-tidak-ada-akun-seperti-ini");
        hasher.VerifyHashedPassword(nobody, dummyHash, Password);
    }

    private string SafeReturn() => ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith("/newsroom", StringComparison.OrdinalIgnoreCase) ? url : "/newsroom/";
}
