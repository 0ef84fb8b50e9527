using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Warta.Web.Resources;

namespace Warta.Web.Newsroom.Accounts;

/// <summary>Identity's messages in the site's language for what staff actually meet when setting passwords and accounts.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = text["PasswordTooShort", length] };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = text["PasswordMismatch"] };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = text["DuplicateEmail", email] };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = text["DuplicateEmail", userName] };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = text["InvalidEmail", email ?? ""] };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = text["InvalidEmail", userName ?? ""] };
}
