using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Account;

/// <summary>Signing out is a POST with an antiforgery token: a link or an image elsewhere cannot sign anyone out.</summary>
public class SignOutModel(SignInManager<NewsroomUser> signIn) : NewsroomPage
{
    public IActionResult OnGet() => Redirect("/newsroom/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/newsroom/masuk/");
    }
}
