using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.IntegrationTests.Newsroom;

/// <summary>Sign-in tells nobody who has an account, and slows guessing without letting anyone lock anyone out.</summary>
public class SignInGuardTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static string Nobody() => $"tidak-ada-{Guid.NewGuid():N}@redaksi.test";

    [Fact]
    public async Task AWrongPassword_AndAnAddressWithNoAccount_GetTheSameAnswer_InTheSameTime()
    {
        var real = new List<string>();
        for (var i = 0; i < 7; i++) real.Add((await app.CreateStaffAsync(NewsroomRoles.Author)).Email);
        await app.CreateReader().SignInAsync(Nobody(), "pemanasan-saja-dulu"); // the first hash pays for start-up
        var existing = new List<double>();
        var missing = new List<double>();
        var answers = new HashSet<string>();
        foreach (var email in real)
        {
            foreach (var (address, times) in new[] { (email, existing), (Nobody(), missing) })
            {
                var client = app.CreateReader();
                var watch = Stopwatch.StartNew();
                var response = await client.SignInAsync(address, "tebakan-yang-salah-sekali");
                times.Add(watch.Elapsed.TotalMilliseconds);
                answers.Add($"{(int)response.StatusCode} {Html.Parse(await response.Content.ReadAsStringAsync()).Text(".nr-problem")}");
            }
        }

        Assert.Equal(["200 Email atau kata sandi salah."], answers);
        static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        // Before the fix an unknown address answered in a few milliseconds against a password hash's tens.
        Assert.True(Median(missing) > 0.5 * Median(existing), $"no account: {Median(missing):F1} ms, wrong password: {Median(existing):F1} ms");
    }

    [Fact]
    public async Task RepeatedFailures_SlowTheAccount_NeverLockItsHolderOut_AndAreOneAuditEntry()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Administrator);
        var holder = app.CreateReader();
        Assert.Equal(HttpStatusCode.Redirect, (await holder.SignInAsync(email, StaffSignIn.Password)).StatusCode);
        await holder.PostFormAsync("/newsroom/", [], "form.nr-signout");

        var attacker = app.CreateReader();
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await attacker.SignInAsync(email, $"tebakan-ke-{i}-salah")).StatusCode);
        var slowed = await attacker.SignInAsync(email, StaffSignIn.Password); // even the right password waits its turn
        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        Assert.Contains("Coba lagi dalam", Html.Parse(await slowed.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);
        Assert.NotNull(slowed.Headers.RetryAfter);

        // The holder's own browser is not slowed by failures elsewhere.
        Assert.Equal(HttpStatusCode.Redirect, (await holder.SignInAsync(email, StaffSignIn.Password)).StatusCode);

        // A new browser waits a few seconds, never a lockout.
        var stranger = app.CreateReader();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpResponseMessage answer;
        while ((answer = await stranger.SignInAsync(email, StaffSignIn.Password)).StatusCode == HttpStatusCode.TooManyRequests && DateTime.UtcNow < deadline)
            await Task.Delay(answer.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);

        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.SignInFailures && e.Subject == email).ToListAsync());
        var entry = Assert.Single(entries);
        Assert.StartsWith("5 ×", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailuresForAddressesWithNoAccount_NeverReachTheAuditLog()
    {
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        var client = app.CreateReader();
        var nobody = Nobody();
        for (var i = 0; i < 6; i++) await client.SignInAsync(nobody, $"tebakan-ke-{i}");

        Assert.Equal(before, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SignInAsync(nobody, "tebakan-lagi")).StatusCode); // slowed just the same
    }
}

/// <summary>One address guessing at many accounts is slowed too (the tests share one address, so a fixture of its own).</summary>
public class SignInAddressGuardTests(SignInAddressGuardTests.StrictApp app) : IClassFixture<SignInAddressGuardTests.StrictApp>
{
    public sealed class StrictApp : WartaApp
    {
        protected override string SignInAddressFreeAttempts => "3";
    }

    [Fact]
    public async Task OneAddress_TryingManyAccounts_IsSlowed()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Author);
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().SignInAsync($"orang-{i}-{Guid.NewGuid():N}@redaksi.test", "tebakan-salah")).StatusCode);

        var next = await app.CreateReader().SignInAsync(email, StaffSignIn.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, next.StatusCode);
    }
}
