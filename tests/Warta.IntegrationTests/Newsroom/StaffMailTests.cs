using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Newsroom;

/// <summary>The site with its mail going to a real SMTP server on 127.0.0.1.</summary>
public sealed class MailApp : WartaApp
{
    public SmtpServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings => Smtp.Settings;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Smtp.Dispose();
    }
}

/// <summary>Invitations, "forgot password" links and account notices, sent over SMTP and followed as a person would.</summary>
public class StaffMailTests(MailApp app) : IClassFixture<MailApp>
{
    private static string NewAddress() => $"baru-{Guid.NewGuid():N}"[..16] + "@redaksi.test";

    private static Task<HttpResponseMessage> AddAsync(HttpClient admin, string name, string email, string role, string password = "") =>
        admin.PostFormAsync("/newsroom/pengguna/", new() { ["NewName"] = name, ["NewEmail"] = email, ["NewRole"] = role, ["NewPassword"] = password },
            "form[action*='handler=Add']");

    private static async Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string link, string password, string? confirm = null)
    {
        var path = new Uri(link).PathAndQuery;
        var page = Html.Parse(await client.GetStringAsync(path));
        var form = page.QuerySelector("main form") ?? throw new InvalidOperationException(page.QuerySelector("main")?.TextContent);
        var fields = form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") is { } n && n != "username")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Append(new("New", password)).Append(new("Confirm", confirm ?? password));
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task AnInvitee_ChoosesTheirOwnPassword_ThroughASingleUseLink_AndSignsIn()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var email = NewAddress();

        var added = Html.Parse(await (await AddAsync(admin, "Rina Wartawan", email, NewsroomRoles.Author)).Content.ReadAsStringAsync());
        Assert.Equal($"Undangan untuk Rina Wartawan sudah dikirim ke {email}.", added.Text(".nr-ok"));
        Assert.Contains("Undangan belum diterima", added.Text("tbody"), StringComparison.Ordinal);

        var invitation = await app.Smtp.WaitForAsync(email);
        Assert.StartsWith("Undangan ke ruang redaksi", invitation.Subject, StringComparison.Ordinal);
        Assert.Equal("redaksi@warta.test", invitation.From.Mailboxes.Single().Address);
        Assert.Contains("sebagai Penulis", invitation.TextBody, StringComparison.Ordinal);
        var link = SmtpServer.LinkIn(invitation);
        Assert.StartsWith("http://localhost/newsroom/akun/atur-sandi/?akun=", link, StringComparison.Ordinal);

        // No password yet: nothing signs in to the account.
        var stranger = app.CreateReader();
        Assert.NotEqual(HttpStatusCode.Redirect, (await stranger.SignInAsync(email, "")).StatusCode);

        var person = app.CreateReader();
        var differ = await SetPasswordAsync(person, link, "kata-sandi-rina-123", "kata-sandi-lain-456");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, differ.StatusCode);
        Assert.Contains("Kedua kata sandi baru tidak sama.", Html.Parse(await differ.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);
        var tooShort = await SetPasswordAsync(person, link, "pendek");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);

        var set = await SetPasswordAsync(person, link, "kata-sandi-rina-123");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/newsroom/masuk/?sandi=baru", set.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await person.SignInAsync(email, "kata-sandi-rina-123")).StatusCode);
        Assert.Contains("Selamat datang", Html.Parse(await person.GetStringAsync("/newsroom/")).Text("h1"), StringComparison.Ordinal);

        // The link is spent.
        var again = Html.Parse(await app.CreateReader().GetStringAsync(new Uri(link).PathAndQuery));
        Assert.Contains("Tautan ini tidak berlaku lagi", again.Text("[data-testid=link-dead]"), StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("main form"));
        Assert.Equal(["user.created", "user.invited", "user.password-set-by-link"],
            await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Subject.Contains(email)).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task ForgottenPassword_SameAnswerForEveryAddress_OneLinkPerFewMinutes_AndTheLinkReplacesThePassword()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Editor);
        var unknown = NewAddress();
        var reader = app.CreateReader();
        Assert.Contains("Lupa kata sandi?", Html.Parse(await reader.GetStringAsync("/newsroom/masuk/")).Text("main"), StringComparison.Ordinal);

        var forUnknown = Html.Parse(await (await reader.PostFormAsync("/newsroom/lupa-sandi/", new() { ["Email"] = unknown })).Content.ReadAsStringAsync());
        var forKnown = Html.Parse(await (await reader.PostFormAsync("/newsroom/lupa-sandi/", new() { ["Email"] = email.ToUpperInvariant() })).Content.ReadAsStringAsync());
        Assert.Equal(forUnknown.Text(".nr-ok"), forKnown.Text(".nr-ok"));
        await reader.PostFormAsync("/newsroom/lupa-sandi/", new() { ["Email"] = email }); // sent again at once: no second mail

        var message = await app.Smtp.WaitForAsync(email);
        Assert.StartsWith("Atur ulang kata sandi", message.Subject, StringComparison.Ordinal);
        await Task.Delay(1500);
        Assert.Equal(1, app.Smtp.CountTo(email));
        Assert.Equal(0, app.Smtp.CountTo(unknown));

        // A session signed in with the old password ends when the new one is set.
        var oldSession = app.CreateReader();
        Assert.Equal(HttpStatusCode.Redirect, (await oldSession.SignInAsync(email, StaffSignIn.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await oldSession.GetAsync("/newsroom/")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await SetPasswordAsync(app.CreateReader(), SmtpServer.LinkIn(message), "kata-sandi-baru-sekali")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await oldSession.GetAsync("/newsroom/")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await app.CreateReader().SignInAsync(email, StaffSignIn.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateReader().SignInAsync(email, "kata-sandi-baru-sekali")).StatusCode);
        Assert.Contains("Tautan ini tidak berlaku lagi", Html.Parse(await app.CreateReader().GetStringAsync(new Uri(SmtpServer.LinkIn(message)).PathAndQuery)).Text("main"), StringComparison.Ordinal);

        var bad = await reader.PostFormAsync("/newsroom/lupa-sandi/", new() { ["Email"] = "bukan alamat" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
    }

    [Fact]
    public async Task ATestMessage_FromTheSettingsPage_ReachesTheAdministrator()
    {
        var (email, name) = await app.CreateStaffAsync(NewsroomRoles.Administrator);
        var admin = app.CreateReader();
        await admin.SignInAsync(email, StaffSignIn.Password);
        var response = await admin.PostFormAsync("/newsroom/pengaturan/", [], "form[action*='handler=TestMail']");
        Assert.Contains("surel=terkirim", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var message = await app.Smtp.WaitForAsync(email);
        Assert.Equal("Email uji dari ruang redaksi", message.Subject);
        Assert.Contains(name, message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkWithATokenChangedOrForAnotherAccount_DoesNotWork_NorForADeactivatedAccount()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var (email, name) = await app.CreateStaffAsync(NewsroomRoles.Author);
        await app.CreateReader().PostFormAsync("/newsroom/lupa-sandi/", new() { ["Email"] = email });
        var link = SmtpServer.LinkIn(await app.Smtp.WaitForAsync(email, m => m.Subject!.StartsWith("Atur ulang", StringComparison.Ordinal)));
        var path = new Uri(link).PathAndQuery;

        var (otherEmail, _) = await app.CreateStaffAsync(NewsroomRoles.Author);
        var otherId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == otherEmail).Select(u => u.Id).SingleAsync());
        var forOther = System.Text.RegularExpressions.Regex.Replace(path, @"akun=\d+", $"akun={otherId}");
        Assert.Contains("Tautan ini tidak berlaku lagi", Html.Parse(await app.CreateReader().GetStringAsync(forOther)).Text("main"), StringComparison.Ordinal);
        Assert.Contains("Tautan ini tidak berlaku lagi", Html.Parse(await app.CreateReader().GetStringAsync(path.Replace("kode=", "kode=x", StringComparison.Ordinal))).Text("main"), StringComparison.Ordinal);
        // Used as an invitation it is the wrong kind of token.
        Assert.Contains("Tautan ini tidak berlaku lagi", Html.Parse(await app.CreateReader().GetStringAsync(path + "&undangan=1")).Text("main"), StringComparison.Ordinal);

        // Deactivated: the person is told by mail, and the link stops working.
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var done = Html.Parse(await (await admin.PostFormAsync("/newsroom/pengguna/", new() { ["userId"] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "form[action*='handler=Deactivate']")).Content.ReadAsStringAsync());
        Assert.Contains("Pemberitahuan sudah dikirim lewat email.", done.Text(".nr-ok"), StringComparison.Ordinal);
        var notice = await app.Smtp.WaitForAsync(email, m => m.Subject!.Contains("dinonaktifkan", StringComparison.Ordinal));
        Assert.Contains(name, notice.TextBody, StringComparison.Ordinal);
        Assert.Contains("Tautan ini tidak berlaku lagi", Html.Parse(await app.CreateReader().GetStringAsync(path)).Text("main"), StringComparison.Ordinal);

        var back = Html.Parse(await (await admin.PostFormAsync("/newsroom/pengguna/", new() { ["userId"] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "form[action*='handler=Activate']")).Content.ReadAsStringAsync());
        Assert.Contains("Pemberitahuan sudah dikirim lewat email.", back.Text(".nr-ok"), StringComparison.Ordinal);
        var reactivated = await app.Smtp.WaitForAsync(email, m => m.Subject!.Contains("aktif kembali", StringComparison.Ordinal));
        Assert.Contains("http://localhost/newsroom/masuk/", reactivated.TextBody, StringComparison.Ordinal);
    }
}

/// <summary>The settings page shows how mail is set up (never its password) and sends a test message.</summary>
public sealed class MailWithLoginApp : WartaApp
{
    public SmtpServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string>(Smtp.Settings) { ["Warta:Mail:UserName"] = "relay-user", ["Warta:Mail:Password"] = "rahasia-server-surel-99" };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Smtp.Dispose();
    }
}

public class MailSettingsTests(MailWithLoginApp app) : IClassFixture<MailWithLoginApp>
{
    [Fact]
    public async Task TheSettingsPage_ShowsTheMailSetUp_WithoutItsPassword_AndATestMessageArrives_OrSaysWhyNot()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Administrator);
        var admin = app.CreateReader();
        await admin.SignInAsync(email, StaffSignIn.Password);
        var html = await admin.GetStringAsync("/newsroom/pengaturan/");
        var page = Html.Parse(html);
        Assert.Contains($"127.0.0.1:{app.Smtp.Port}", page.Text("[data-testid=mail-settings]"), StringComparison.Ordinal);
        Assert.Contains("relay-user", page.Text("[data-testid=mail-settings]"), StringComparison.Ordinal);
        Assert.DoesNotContain("rahasia-server-surel-99", html, StringComparison.Ordinal);

        // aiosmtpd offers no AUTH on a plain connection: the sign-in cannot happen, and the page says the test failed.
        var response = await admin.PostFormAsync("/newsroom/pengaturan/", [], "form[action*='handler=TestMail']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("surel=gagal", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var (_, failed) = await admin.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Contains("Email uji gagal terkirim", failed.Text(".nr-problem"), StringComparison.Ordinal);
    }
}

/// <summary>A mail server that does not answer: the account is still made, the newsroom says the mail did not go.</summary>
public sealed class DeadMailApp : WartaApp
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Warta:Mail:Host"] = "127.0.0.1",
        ["Warta:Mail:Port"] = AppProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Warta:Mail:Security"] = "None",
        ["Warta:Mail:From"] = "redaksi@warta.test",
        ["Warta:Mail:TimeoutSeconds"] = "5",
    };
}

public class DeadMailTests(DeadMailApp app) : IClassFixture<DeadMailApp>
{
    [Fact]
    public async Task WhenTheMailServerIsDown_TheAccountIsMade_AndTheNewsroomSaysTheInvitationDidNotGo()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var email = $"gagal-{Guid.NewGuid():N}"[..14] + "@redaksi.test";
        var response = await admin.PostFormAsync("/newsroom/pengguna/", new() { ["NewName"] = "Dodi Kontributor", ["NewEmail"] = email, ["NewRole"] = NewsroomRoles.Contributor, ["NewPassword"] = "" },
            "form[action*='handler=Add']");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Contains("Akun Dodi Kontributor dibuat, tetapi email undangan gagal terkirim", page.Text(".nr-problem"), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email && u.PasswordHash == null)));
        Assert.Contains(page.QuerySelectorAll("form[action*='handler=InviteAgain'] button"), b => b.TextContent.Contains("Kirim ulang undangan", StringComparison.Ordinal));
    }
}

/// <summary>No mail set up (the default): the newsroom says so, and people are added with a first password.</summary>
public class NoMailTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task WithoutMail_TheUsersPageAndTheForgotPage_SaySo_AndAnAccountNeedsAFirstPassword()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var users = Html.Parse(await admin.GetStringAsync("/newsroom/pengguna/"));
        Assert.Contains("Email belum disiapkan", users.Text("[data-testid=mail-not-configured]"), StringComparison.Ordinal);
        Assert.NotNull(users.QuerySelector("#new-password[required]"));

        var refused = Html.Parse(await (await admin.PostFormAsync("/newsroom/pengguna/", new() { ["NewName"] = "Tanpa Sandi", ["NewEmail"] = "tanpa-sandi@redaksi.test", ["NewRole"] = NewsroomRoles.Author, ["NewPassword"] = "" },
            "form[action*='handler=Add']")).Content.ReadAsStringAsync());
        Assert.Contains("Isi kata sandi awal", refused.Text(".nr-problem"), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "tanpa-sandi@redaksi.test")));

        var forgot = Html.Parse(await app.CreateReader().GetStringAsync("/newsroom/lupa-sandi/"));
        Assert.Contains("belum bisa mengirim email", forgot.Text("[data-testid=mail-not-configured]"), StringComparison.Ordinal);
        Assert.Null(forgot.QuerySelector("main form"));
    }
}
