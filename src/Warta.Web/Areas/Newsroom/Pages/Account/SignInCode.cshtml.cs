using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Account;

/// <summary>The second step for accounts with two-factor sign-in: the six digits from an authenticator app.</summary>
public class SignInCodeModel(SignInManager<NewsroomUser> signIn, SignInThrottle throttle) : NewsroomPage
{
    [BindProperty, Required, StringLength(8)] public string Code { get; set; } = "";
    [FromQuery] public string? ReturnUrl { get; set; }
    [FromQuery] public bool Remember { get; set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Title = T("NrTwoFactor");
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/newsroom/masuk/") : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Title = T("NrTwoFactor");
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { Email: { } email } user) return Redirect("/newsroom/masuk/");
        // Six digits are guessable: the code step is slowed like the password step, per account and per address.
        var wait = await throttle.WaitAsync(HttpContext, email, ct);
        if (wait > TimeSpan.Zero)
        {
            Problem = TooSoon(wait);
            return Page();
        }
        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, Remember, rememberClient: false);
        if (result.Succeeded)
        {
            await throttle.SucceededAsync(HttpContext, email, ct);
            return LocalRedirect(ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith("/newsroom", StringComparison.OrdinalIgnoreCase) ? url : "/newsroom/");
        }
        await throttle.FailedAsync(HttpContext, email, user, ct);
        Problem = T("NrCodeWrong");
        return Page();
    }
}
