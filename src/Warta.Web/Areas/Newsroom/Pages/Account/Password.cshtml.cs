using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Account;

public class PasswordModel(UserManager<NewsroomUser> users, SignInManager<NewsroomUser> signIn) : NewsroomPage
{
    [BindProperty, Required, StringLength(512)] public string Current { get; set; } = "";
    [BindProperty, Required, StringLength(512)] public string New { get; set; } = "";
    [BindProperty, Required, StringLength(512)] public string Confirm { get; set; } = "";

    public List<string> Problems { get; } = [];
    public bool Changed { get; private set; }
    public bool TwoFactorEnabled { get; private set; }

    public async Task OnGetAsync()
    {
        Title = T("NrChangePassword");
        TwoFactorEnabled = await users.GetUserAsync(User) is { TwoFactorEnabled: true };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Title = T("NrChangePassword");
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        TwoFactorEnabled = user.TwoFactorEnabled;
        if (!ModelState.IsValid) { Problems.Add(T("NrFillEveryField")); return Page(); }
        if (New != Confirm) { Problems.Add(T("NrPasswordsDiffer")); return Page(); }
        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            Problems.AddRange(result.Errors.Select(e => e.Description));
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}
