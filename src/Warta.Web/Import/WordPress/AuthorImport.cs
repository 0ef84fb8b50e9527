using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Authors;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// WordPress users become author profiles, linked to an existing account by email or given an account without a
/// usable password (it exists for bylines until an administrator sets one).
/// </summary>
public sealed class AuthorImport(ImportRun run, UserManager<NewsroomUser> users)
{
    private readonly Dictionary<string, int> byLogin = new(StringComparer.OrdinalIgnoreCase);

    public int? ByLogin(string? login) => login is not null && byLogin.TryGetValue(login, out var id) ? id : null;

    public async Task ImportAsync(WxrAuthor author)
    {
        var db = run.Db;
        var name = string.IsNullOrWhiteSpace(author.DisplayName) ? author.Login : author.DisplayName;
        var slug = Slug.From(author.Login.Length > 0 ? author.Login : name);
        var existingUser = author.Email is { } email ? await users.FindByEmailAsync(email) : null;
        if (existingUser?.AuthorId is { } linked)
        {
            byLogin[author.Login] = linked;
            return;
        }
        var profile = await db.Authors.SingleOrDefaultAsync(a => a.Slug == slug);
        if (profile is null)
        {
            profile = new Author { Slug = slug, Name = name.Trim() };
            db.Authors.Add(profile);
            await db.SaveChangesAsync();
            run.Summary.Authors++;
        }
        if (existingUser is null && author.Email is { } address && address.Contains('@', StringComparison.Ordinal))
        {
            var user = new NewsroomUser { UserName = address, Email = address, DisplayName = profile.Name, AuthorId = profile.Id, EmailConfirmed = true };
            if ((await users.CreateAsync(user)).Succeeded) await users.AddToRoleAsync(user, NewsroomRoles.Contributor);
        }
        byLogin[author.Login] = profile.Id;
    }
}
