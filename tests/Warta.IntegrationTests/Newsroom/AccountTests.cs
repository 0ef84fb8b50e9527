using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.IntegrationTests.Newsroom;

public class AccountTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task SignIn_WithTheRightPassword_OpensTheNewsroom_WithASecureCookie()
    {
        var (email, name) = await app.CreateStaffAsync(NewsroomRoles.Author);
        var client = app.CreateReader();

        var response = await client.SignInAsync(email, StaffSignIn.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/newsroom/", response.Headers.Location?.ToString());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Warta.Newsroom=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var (dashboard, page) = await client.GetPageAsync("/newsroom/");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal($"Selamat datang, {name}", page.Text("h1"));
        Assert.True(dashboard.Headers.CacheControl?.NoStore);
        Assert.NotNull(name);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysSo_AndKeepsTheEmail()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Editor);
        var client = app.CreateReader();

        var response = await client.SignInAsync(email, "salah-sekali-kata-sandinya");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Email atau kata sandi salah.", page.Text(".nr-problem"));
        Assert.Equal(email, page.QuerySelector("#email")?.GetAttribute("value"));
    }

    [Fact]
    public async Task SignOut_NeedsAPostWithAValidToken()
    {
        var client = await app.CreateClientAsAsync(NewsroomRoles.Author);

        await client.GetAsync("/newsroom/keluar/");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom/")).StatusCode);

        var forged = await client.PostAsync("/newsroom/keluar/", new FormUrlEncodedContent([new("__RequestVerificationToken", "palsu")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom/")).StatusCode);

        var real = await client.PostFormAsync("/newsroom/", [], "form.nr-signout");
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/newsroom/")).StatusCode);
    }

    [Fact]
    public async Task ChangingThePassword_ChecksTheCurrentOne_AndTheNewOneTwice()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Contributor);
        var client = app.CreateReader();
        await client.SignInAsync(email, StaffSignIn.Password);

        var wrong = await client.PostFormAsync("/newsroom/akun/sandi/", new() { ["Current"] = "bukan-sandinya-sama-sekali", ["New"] = "sandi-baru-yang-panjang", ["Confirm"] = "sandi-baru-yang-panjang" });
        Assert.Contains("Kata sandi salah.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mismatch = await client.PostFormAsync("/newsroom/akun/sandi/", new() { ["Current"] = StaffSignIn.Password, ["New"] = "sandi-baru-yang-panjang", ["Confirm"] = "sandi-baru-yang-lain" });
        Assert.Contains("Kedua kata sandi baru tidak sama.", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var tooShort = await client.PostFormAsync("/newsroom/akun/sandi/", new() { ["Current"] = StaffSignIn.Password, ["New"] = "pendek", ["Confirm"] = "pendek" });
        Assert.Contains("Kata sandi minimal 10 karakter.", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ok = await client.PostFormAsync("/newsroom/akun/sandi/", new() { ["Current"] = StaffSignIn.Password, ["New"] = "sandi-baru-yang-panjang", ["Confirm"] = "sandi-baru-yang-panjang" });
        Assert.Contains("Kata sandi sudah diganti.", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateReader().SignInAsync(email, "sandi-baru-yang-panjang")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().SignInAsync(email, StaffSignIn.Password)).StatusCode);
    }

    [Fact]
    public async Task TwoStepVerification_OnceOn_AsksForTheCodeAtSignIn()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Editor);
        var client = app.CreateReader();
        await client.SignInAsync(email, StaffSignIn.Password);
        var setup = Html.Parse(await client.GetStringAsync("/newsroom/akun/dua-langkah/"));
        var key = setup.Text("[data-testid=shared-key]");

        var bad = await client.PostFormAsync("/newsroom/akun/dua-langkah/", new() { ["Code"] = "000000" });
        Assert.Contains("Kode itu tidak cocok", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var on = await client.PostFormAsync("/newsroom/akun/dua-langkah/", new() { ["Code"] = Totp.Code(key) });
        Assert.Contains("Verifikasi dua langkah aktif", await on.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom/")).StatusCode); // turning it on keeps this session

        var fresh = app.CreateReader();
        var first = await fresh.SignInAsync(email, StaffSignIn.Password);
        Assert.StartsWith("/newsroom/kode/", first.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/newsroom/")).StatusCode);
        // The code that turned it on is spent; the app's next one (30 seconds on) is accepted now, as Identity allows.
        var second = await fresh.PostFormAsync(first.Headers.Location!.ToString(), new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)) });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/newsroom/")).StatusCode);
    }

    [Fact]
    public async Task ATwoStepCode_WorksOnce_AReplayWithinItsWindowIsRefused()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Editor);
        var client = app.CreateReader();
        await client.SignInAsync(email, StaffSignIn.Password);
        var key = Html.Parse(await client.GetStringAsync("/newsroom/akun/dua-langkah/")).Text("[data-testid=shared-key]");
        await client.PostFormAsync("/newsroom/akun/dua-langkah/", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(-30)) });
        var code = Totp.Code(key);

        var owner = app.CreateReader();
        var step = (await owner.SignInAsync(email, StaffSignIn.Password)).Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostFormAsync(step, new() { ["Code"] = code })).StatusCode);

        var replay = app.CreateReader(); // someone who saw the password and the code over a shoulder
        var replayStep = (await replay.SignInAsync(email, StaffSignIn.Password)).Headers.Location!.ToString();
        var refused = await replay.PostFormAsync(replayStep, new() { ["Code"] = code });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Kode itu tidak cocok", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync("/newsroom/")).StatusCode);
    }

    [Fact]
    public async Task ReturnUrl_OutsideTheNewsroom_IsIgnored()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Author);
        var client = app.CreateReader();

        var response = await client.PostFormAsync("/newsroom/masuk/?ReturnUrl=https%3A%2F%2Fevil.example%2F", new() { ["Email"] = email, ["Password"] = StaffSignIn.Password });

        Assert.Equal("/newsroom/", response.Headers.Location?.ToString());
    }
}
