using Microsoft.AspNetCore.Identity;
using Warta.Web.Authors;

namespace Warta.Web.Newsroom.Accounts;

/// <summary>A staff account. Its byline identity is an <see cref="Author"/>, so "own articles" means articles it is credited on.</summary>
public class NewsroomUser : IdentityUser<int>
{
    public const int DisplayNameMaxLength = 200;

    public string DisplayName { get; set; } = "";
    public int? AuthorId { get; set; }
    public Author? Author { get; set; }

    /// <summary>When an administrator deactivated the account (UTC): it cannot sign in and its sessions are over.</summary>
    public DateTime? DeactivatedAt { get; set; }

    /// <summary>The last two-step code accepted and when (UTC), so the same code cannot be used twice in its window.</summary>
    public string? LastTwoFactorCode { get; set; }
    public DateTime? LastTwoFactorAt { get; set; }
}
