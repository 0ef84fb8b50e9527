using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Account;

/// <summary>The second step for accounts with two-factor sign-in: the six digits from an authenticator app.</summary>
public class SignInCodeModel(SignInManager<NewsroomUser> signIn) : NewsroomPage
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

    public async Task<IActionResult> OnPostAsync()
    {
        Title = T("NrTwoFactor");
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return Redirect("/newsroom/masuk/");
        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, Remember, rememberClient: false);
        if (result.Succeeded)
            return LocalRedirect(ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith("/newsroom", StringComparison.OrdinalIgnoreCase) ? url : "/newsroom/");
        Problem = result.IsLockedOut ? T("NrLockedOut") : T("NrCodeWrong");
        return Page();
    }
}
