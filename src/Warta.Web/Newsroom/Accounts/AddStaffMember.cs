using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warta.Web.Articles;
using Warta.Web.Authors;
using Warta.Web.Data;
using Warta.Web.Newsroom.Audit;
using Warta.Web.Resources;

namespace Warta.Web.Newsroom.Accounts;

/// <summary>
/// Creates a staff account with its byline profile. There is no default password anywhere: the first administrator
/// is made with <c>user add</c>, later ones by an administrator, with a first password or, without one, an account
/// that waits for its invitation to be accepted (<see cref="Mail.StaffMail.InviteAsync"/>): no one can sign in to it until then.
/// </summary>
public sealed class AddStaffMember(WartaDb db, UserManager<NewsroomUser> users, AuditLog audit, IStringLocalizer<SharedResource> text)
{
    public async Task<IReadOnlyList<string>> RunAsync(string email, string name, string role, string? password, (int? Id, string Name) actor)
    {
        var problems = new List<string>();
        name = name.Trim();
        if (name.Length is 0 or > NewsroomUser.DisplayNameMaxLength) problems.Add(text["NameRequired", NewsroomUser.DisplayNameMaxLength]);
        if (!NewsroomRoles.IsKnown(role)) problems.Add(text["UnknownRole", role, string.Join(", ", NewsroomRoles.All)]);
        if (problems.Count > 0) return problems;

        await using var transaction = await db.Database.BeginTransactionAsync();
        var slug = await FreeSlugAsync(Slug.From(name));
        var author = new Author { Name = name, Slug = slug };
        db.Authors.Add(author);
        await db.SaveChangesAsync();

        var user = new NewsroomUser { UserName = email.Trim(), Email = email.Trim(), DisplayName = name, AuthorId = author.Id, EmailConfirmed = true };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded) return created.Errors.Select(e => e.Description).ToList();
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded) return added.Errors.Select(e => e.Description).ToList();

        audit.Record(actor.Id, actor.Name, AuditActions.UserCreated, $"{name} <{user.Email}>", role);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return [];
    }

    private async Task<string> FreeSlugAsync(string slug)
    {
        var candidate = slug.Length == 0 ? "penulis" : slug;
        for (var n = 2; await db.Authors.AnyAsync(a => a.Slug == candidate); n++) candidate = $"{slug}-{n}";
        return candidate;
    }
}
