using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.IntegrationTests.Newsroom;

/// <summary>A session ends when its rights do: role change, new password, sign-out, deactivation, an administrator.</summary>
public class SessionTests(WartaApp app) : IClassFixture<WartaApp>
{
    /// <summary>Signs in and returns the client plus a copy of its session cookie, as someone who stole it would hold it.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignedInAsync(string email, string password = StaffSignIn.Password)
    {
        var client = app.CreateReader();
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Warta.Newsroom=", StringComparison.Ordinal));
        return (client, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    /// <summary>What the stolen cookie opens, from a client of its own.</summary>
    private async Task<HttpStatusCode> WithCookieAsync(string cookie, string path = "/newsroom/")
    {
        using var thief = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return (await thief.SendAsync(request)).StatusCode;
    }

    private async Task<int> IdOfAsync(string email) => await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static async Task<HttpResponseMessage> UsersPostAsync(HttpClient admin, string handler, Dictionary<string, string> fields)
    {
        var token = Html.Parse(await admin.GetStringAsync("/newsroom/pengguna/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await admin.PostAsync($"/newsroom/pengguna/?handler={handler}", new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    [Fact]
    public async Task SigningOut_EndsTheSessionOnTheServer_SoACopiedCookieStopsWorking()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Author);
        var (client, cookie) = await SignedInAsync(email);
        Assert.Equal(HttpStatusCode.OK, await WithCookieAsync(cookie));

        await client.PostFormAsync("/newsroom/", [], "form.nr-signout");

        Assert.Equal(HttpStatusCode.Redirect, await WithCookieAsync(cookie));
    }

    [Fact]
    public async Task ADemotion_EndsTheAccountsSessions_AtItsNextRequest()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Editor);
        var (client, cookie) = await SignedInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom/audit/")).StatusCode);
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);

        await UsersPostAsync(admin, "Role", new() { ["userId"] = (await IdOfAsync(email)).ToString(System.Globalization.CultureInfo.InvariantCulture), ["role"] = NewsroomRoles.Contributor });

        var audit = await client.GetAsync("/newsroom/audit/");
        Assert.Equal(HttpStatusCode.Redirect, audit.StatusCode);
        Assert.StartsWith("http://localhost/newsroom/masuk/", audit.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, await WithCookieAsync(cookie));
        var (again, _) = await SignedInAsync(email);
        Assert.Contains("/newsroom/ditolak/", (await again.GetAsync("/newsroom/audit/")).Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingThePassword_EndsEveryOtherSession_AndKeepsThisOne()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Author);
        var (_, elsewhere) = await SignedInAsync(email);
        var (client, _) = await SignedInAsync(email);

        var changed = await client.PostFormAsync("/newsroom/akun/sandi/", new() { ["Current"] = StaffSignIn.Password, ["New"] = "sandi-baru-yang-panjang", ["Confirm"] = "sandi-baru-yang-panjang" });
        Assert.Contains("Kata sandi sudah diganti.", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await WithCookieAsync(elsewhere));
    }

    [Fact]
    public async Task ADeactivatedAccount_IsOutEverywhere_CannotSignIn_AndComesBackWhenReactivated()
    {
        var (email, name) = await app.CreateStaffAsync(NewsroomRoles.Editor);
        var (client, cookie) = await SignedInAsync(email);
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var id = (await IdOfAsync(email)).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var done = Html.Parse(await (await UsersPostAsync(admin, "Deactivate", new() { ["userId"] = id })).Content.ReadAsStringAsync());

        Assert.Contains($"Akun {name} dinonaktifkan", done.Text(".nr-ok"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/newsroom/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await WithCookieAsync(cookie));
        var refused = await app.CreateReader().SignInAsync(email, StaffSignIn.Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Email atau kata sandi salah.", Html.Parse(await refused.Content.ReadAsStringAsync()).Text(".nr-problem"));

        await UsersPostAsync(admin, "Activate", new() { ["userId"] = id });
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateReader().SignInAsync(email, StaffSignIn.Password)).StatusCode);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Subject.Contains(email)).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.Deactivated, actions);
        Assert.Contains(AuditActions.Reactivated, actions);
    }

    [Fact]
    public async Task AnAdministrator_SeesAnAccountsSessions_AndEndsOneOrAll()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Author);
        var (first, _) = await SignedInAsync(email);
        var (second, _) = await SignedInAsync(email);
        var (third, _) = await SignedInAsync(email);
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var userId = await IdOfAsync(email);
        var sessions = await app.WithDbAsync(db => db.StaffSessions.Where(s => s.UserId == userId && s.EndedAt == null).OrderBy(s => s.StartedAt).Select(s => s.Id).ToListAsync());
        Assert.Equal(3, sessions.Count);

        var (_, list) = await admin.GetPageAsync("/newsroom/pengguna/");
        Assert.Equal(3, list.QuerySelectorAll($"form input[name=sessionId]").Count(i => sessions.Contains(i.GetAttribute("value")!)));

        await UsersPostAsync(admin, "EndSessions", new() { ["userId"] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["sessionId"] = sessions[0] });
        Assert.Equal(HttpStatusCode.Redirect, (await first.GetAsync("/newsroom/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/newsroom/")).StatusCode);

        await UsersPostAsync(admin, "EndSessions", new() { ["userId"] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/newsroom/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await third.GetAsync("/newsroom/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateReader().SignInAsync(email, StaffSignIn.Password)).StatusCode); // not locked out
    }

    [Fact]
    public async Task NobodyDeactivatesThemselves_OrTheLastActiveAdministrator()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var adminId = await app.WithDbAsync(db => db.Users.OrderByDescending(u => u.Id).Select(u => u.Id).FirstAsync());

        var self = await UsersPostAsync(admin, "Deactivate", new() { ["userId"] = adminId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Contains("akun Anda sendiri", Html.Parse(await self.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == adminId).Select(u => u.DeactivatedAt).SingleAsync()));
    }
}
