using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Api;

/// <summary>
/// Application passwords: made on the account page (shown once, kept hashed), used with HTTP Basic on the REST API,
/// stamped when used, revoked on their own; no cookie, wrong password or deactivated account gets in.
/// </summary>
public class ApplicationPasswordTests(WartaApp app) : IClassFixture<WartaApp>
{
    private const string Page = "/newsroom/akun/aplikasi/";

    private static HttpRequestMessage Me(string login, string password) => new(HttpMethod.Get, "/wp-json/wp/v2/users/me")
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login}:{password}"))) },
    };

    private async Task<(string Email, HttpClient Staff, string Password)> MakePasswordAsync(string role, string appName)
    {
        var (email, _) = await app.CreateStaffAsync(role);
        var staff = app.CreateReader();
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SignInAsync(email, StaffSignIn.Password)).StatusCode);
        var made = await staff.PostFormAsync(Page, new() { ["Name"] = appName }, "form[action*='handler=Create']");
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var password = Html.Parse(await made.Content.ReadAsStringAsync()).QuerySelector("code.app-password")?.TextContent;
        Assert.Matches("^[A-Za-z0-9]{4}( [A-Za-z0-9]{4}){5}$", password);
        return (email, staff, password!);
    }

    [Fact]
    public async Task AMadePassword_OpensTheApi_IsStoredHashed_StampedWhenUsed_AndShownOnlyOnce()
    {
        var (email, staff, password) = await MakePasswordAsync(NewsroomRoles.Author, "Aplikasi ponsel");

        var me = await app.CreateReader().SendAsync(Me(email, password));
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var json = JsonDocument.Parse(await me.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["author"], json.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.DoesNotContain(email, json.GetRawText(), StringComparison.OrdinalIgnoreCase);
        // As WordPress shows it (groups of four) or without the spaces: both work.
        Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().SendAsync(Me(email, password.Replace(" ", "", StringComparison.Ordinal)))).StatusCode);

        var stored = await app.WithDbAsync(db => db.ApplicationPasswords.AsNoTracking().SingleAsync(p => p.Name == "Aplikasi ponsel" && db.Users.Any(u => u.Id == p.UserId && u.Email == email)));
        Assert.Equal(64, stored.Hash.Length);
        Assert.DoesNotContain(password.Replace(" ", "", StringComparison.Ordinal), stored.Hash, StringComparison.Ordinal);
        Assert.NotNull(stored.LastUsedAt);

        var list = Html.Parse(await staff.GetStringAsync(Page));
        Assert.Contains("Aplikasi ponsel", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Null(list.QuerySelector("code.app-password"));
        Assert.DoesNotContain(password, list.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARevokedPassword_AWrongOne_ACookie_AndADeactivatedAccount_AreRefused_WithoutABasicChallenge()
    {
        var (email, staff, password) = await MakePasswordAsync(NewsroomRoles.Editor, "Skrip impor");

        var wrong = await app.CreateReader().SendAsync(Me(email, "abcd efgh ijkl mnop qrst uvwx"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("incorrect_password", JsonDocument.Parse(await wrong.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        Assert.Empty(wrong.Headers.WwwAuthenticate);
        var nobody = await app.CreateReader().SendAsync(Me("tidak-ada@redaksi.test", password));
        Assert.Equal("incorrect_password", JsonDocument.Parse(await nobody.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());

        // The signed-in browser's cookie is not an API credential: another site could make the browser send it.
        var byCookie = await staff.GetAsync("/wp-json/wp/v2/users/me");
        Assert.Equal(HttpStatusCode.Unauthorized, byCookie.StatusCode);
        Assert.Equal("rest_not_logged_in", JsonDocument.Parse(await byCookie.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());

        var uuid = Html.Parse(await staff.GetStringAsync(Page)).QuerySelector("form[action*='handler=Revoke'] input[name=uuid]")!.GetAttribute("value")!;
        var revoked = await staff.PostFormAsync(Page, new() { ["uuid"] = uuid }, "form[action*='handler=Revoke']");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateReader().SendAsync(Me(email, password))).StatusCode);

        var (other, _, second) = await MakePasswordAsync(NewsroomRoles.Contributor, "Klien WordPress");
        Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().SendAsync(Me(other, second))).StatusCode);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == other);
            user.DeactivatedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateReader().SendAsync(Me(other, second))).StatusCode);
    }

    [Fact]
    public async Task TheAccountPage_RefusesAnEmptyOrRepeatedName_KeepingWhatWasTyped()
    {
        var (_, staff, _) = await MakePasswordAsync(NewsroomRoles.Moderator, "Dasbor moderasi");

        var repeated = await staff.PostFormAsync(Page, new() { ["Name"] = "dasbor MODERASI" }, "form[action*='handler=Create']");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, repeated.StatusCode);
        var page = Html.Parse(await repeated.Content.ReadAsStringAsync());
        Assert.Contains("dasbor MODERASI", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("dasbor MODERASI", page.QuerySelector("#app-name")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("code.app-password"));

        var empty = await staff.PostFormAsync(Page, new() { ["Name"] = "  " }, "form[action*='handler=Create']");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
    }

    [Fact]
    public async Task TheIndex_SaysWhereApplicationPasswordsAreMade()
    {
        var index = JsonDocument.Parse(await app.CreateReader().GetStringAsync("/wp-json/")).RootElement;
        Assert.Equal("http://localhost/newsroom/akun/aplikasi/",
            index.GetProperty("authentication").GetProperty("application-passwords").GetProperty("endpoints").GetProperty("authorization").GetString());
    }
}
