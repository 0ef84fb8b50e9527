using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.IntegrationTests.Newsroom;

public class UserManagementTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task Administrator_AddsAUser_WhoCanSignIn_WithAnAuthorProfile()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var email = $"wartawan-{Guid.NewGuid().ToString("N")[..8]}@redaksi.test";

        var response = await admin.PostFormAsync("/newsroom/pengguna/", new()
        {
            ["NewName"] = "Dewi Kartika", ["NewEmail"] = email, ["NewRole"] = NewsroomRoles.Author, ["NewPassword"] = "sandi-awal-yang-panjang",
        }, "form[action*=Add]");

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Contains("Dewi Kartika sudah ditambahkan.", StringComparison.Ordinal), Html.Parse(html).QuerySelector(".nr-problem")?.TextContent ?? html[..200]);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateReader().SignInAsync(email, "sandi-awal-yang-panjang")).StatusCode);
        var author = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Author!.Name).SingleAsync());
        Assert.Equal("Dewi Kartika", author);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.UserCreated && e.Subject.Contains(email))));
    }

    [Fact]
    public async Task AddingAUser_WithBadInput_ReShowsWhatWasTyped_WithAClearMessage()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var (taken, _) = await app.CreateStaffAsync(NewsroomRoles.Author);

        var duplicate = await admin.PostFormAsync("/newsroom/pengguna/", new()
        {
            ["NewName"] = "Nama Ganda", ["NewEmail"] = taken, ["NewRole"] = NewsroomRoles.Author, ["NewPassword"] = "sandi-awal-yang-panjang",
        }, "form[action*=Add]");
        var page = Html.Parse(await duplicate.Content.ReadAsStringAsync());
        Assert.Contains($"Alamat {taken} sudah dipakai akun lain.", page.Text(".nr-problem"), StringComparison.Ordinal);
        Assert.Equal("Nama Ganda", page.QuerySelector("#new-name")?.GetAttribute("value"));
        Assert.Equal(taken, page.QuerySelector("#new-email")?.GetAttribute("value"));

        var shortPassword = await admin.PostFormAsync("/newsroom/pengguna/", new()
        {
            ["NewName"] = "Sandi Pendek", ["NewEmail"] = $"pendek-{Guid.NewGuid():N}@redaksi.test", ["NewRole"] = NewsroomRoles.Author, ["NewPassword"] = "pendek",
        }, "form[action*=Add]");
        Assert.Contains("Kata sandi minimal 10 karakter.", Html.Parse(await shortPassword.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Authors.AnyAsync(a => a.Name == "Sandi Pendek")));
    }

    [Fact]
    public async Task ChangingARole_IsAudited_AndTheLastAdministratorStays()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var (email, name) = await app.CreateStaffAsync(NewsroomRoles.Contributor);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var changed = await admin.PostFormAsync("/newsroom/pengguna/", new() { ["userId"] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["role"] = NewsroomRoles.Editor }, "form[action*=Role]");

        Assert.Contains($"Peran {name} sekarang editor.", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.RoleChanged && e.Detail == "contributor → editor")));
    }

    [Fact]
    public async Task NonAdministrators_CannotPostToTheUsersPage()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);

        var response = await editor.PostAsync("/newsroom/pengguna/?handler=Add", new FormUrlEncodedContent([new("NewName", "Penyusup")]));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Authors.AnyAsync(a => a.Name == "Penyusup")));
    }
}
