using Microsoft.AspNetCore.Identity;

namespace Warta.Web.Newsroom.Accounts;

/// <summary>Identity's "may this account sign in at all": not once an administrator has deactivated it.</summary>
public sealed class ActiveAccountConfirmation : IUserConfirmation<NewsroomUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<NewsroomUser> manager, NewsroomUser user) => Task.FromResult(user.DeactivatedAt is null);
}
