using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Warta.Web.Newsroom.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Warta.BrowserTests;

/// <summary>Invitation and "forgot password", end to end: the newsroom, a real SMTP server, the link opened in a browser.</summary>
public class StaffMailTests(BrowserSite site) : BrowserTest(site)
{
    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Selamat datang");
    }

    /// <summary>Opens a mailed link in a browser of its own (the person's, not the administrator's).</summary>
    private async Task<IPage> OpenLinkAsync(string link) => await OpenAsync(new Uri(link).PathAndQuery);

    [Fact]
    public async Task AnAdministratorInvites_TheInviteeSetsAPasswordFromTheEmail_AndSignsIn()
    {
        var (adminEmail, _) = await Site.App.CreateStaffAsync(NewsroomRoles.Administrator);
        var admin = await OpenAsync("/newsroom/masuk/");
        var email = $"undangan-{Guid.NewGuid():N}"[..17] + "@redaksi.test";
        await RunAsync(admin, "invitation", async () =>
        {
            await SignInAsync(admin, adminEmail, StaffSignIn.Password);
            await admin.GotoAsync(Site.BaseUrl + "/newsroom/pengguna/");
            await admin.Locator("#new-name").FillAsync("Sari Fotografer");
            await admin.Locator("#new-email").FillAsync(email);
            await admin.Locator("#new-role").SelectOptionAsync(NewsroomRoles.Author);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Tambah pengguna" }).ClickAsync();
            await Expect(admin.Locator(".nr-ok")).ToHaveTextAsync($"Undangan untuk Sari Fotografer sudah dikirim ke {email}.");
            await Expect(admin.Locator("tr", new() { HasText = email })).ToContainTextAsync("Undangan belum diterima");
        });

        var mail = await Site.Smtp.WaitForAsync(email);
        var invitee = await OpenLinkAsync(SmtpServer.LinkIn(mail));
        await RunAsync(invitee, "invitation-accept", async () =>
        {
            await Expect(invitee.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Terima undangan");
            await Expect(invitee.Locator("main")).ToContainTextAsync("Selamat datang, Sari Fotografer");
            await invitee.GetByLabel("Kata sandi baru (minimal 10 karakter)").FillAsync("sandi-pilihan-sari");
            await invitee.GetByLabel("Ulangi kata sandi baru").FillAsync("sandi-pilihan-sari");
            await invitee.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
            await Expect(invitee.Locator(".nr-ok")).ToHaveTextAsync("Kata sandi tersimpan. Silakan masuk.");
            await SignInAsync(invitee, email, "sandi-pilihan-sari");
        });
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task AWriterWhoForgotTheirPassword_GetsALinkByEmail_AndChoosesANewOne()
    {
        var (email, _) = await Site.App.CreateStaffAsync(NewsroomRoles.Author);
        var page = await OpenAsync("/newsroom/masuk/");
        await RunAsync(page, "forgot-password", async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Lupa kata sandi?" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/newsroom/lupa-sandi/$"));
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Kirim tautan" }).ClickAsync();
            await Expect(page.Locator(".nr-ok")).ToContainTextAsync("Jika alamat itu terdaftar");

            var mail = await Site.Smtp.WaitForAsync(email);
            await page.GotoAsync(Site.BaseUrl + new Uri(SmtpServer.LinkIn(mail)).PathAndQuery);
            await page.GetByLabel("Kata sandi baru (minimal 10 karakter)").FillAsync("sandi-baru-setelah-lupa");
            await page.GetByLabel("Ulangi kata sandi baru").FillAsync("sandi-baru-setelah-lupa");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
            await Expect(page.Locator(".nr-ok")).ToHaveTextAsync("Kata sandi tersimpan. Silakan masuk.");
            await SignInAsync(page, email, "sandi-baru-setelah-lupa");
        });
        Assert.Empty(ConsoleErrors);
    }
}
