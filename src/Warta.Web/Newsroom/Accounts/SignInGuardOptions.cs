using System.ComponentModel.DataAnnotations;

namespace Warta.Web.Newsroom.Accounts;

/// <summary>
/// Bound from "Warta:SignIn". Failed sign-ins slow the next try with a doubling wait, counted per typed account and
/// per client address, instead of locking an account (a lock anyone could set off for someone else). A browser the
/// account already signed in on is not slowed by failures elsewhere against that account.
/// </summary>
public sealed class SignInGuardOptions
{
    public const string SectionName = "Warta:SignIn";

    /// <summary>Failures against one account after which each further try waits (2 s, then doubling).</summary>
    [Range(1, 10_000)] public int AccountFreeAttempts { get; set; } = 5;

    /// <summary>The longest wait one account's failures impose (seconds): short, since an attacker can cause it.</summary>
    [Range(1, 3600)] public int AccountMaxDelaySeconds { get; set; } = 60;

    /// <summary>Failures from one address (any accounts) before it waits: generous, a newsroom shares one address.</summary>
    [Range(1, 100_000)] public int AddressFreeAttempts { get; set; } = 20;

    [Range(1, 86_400)] public int AddressMaxDelaySeconds { get; set; } = 900;

    /// <summary>Failures older than this are forgotten (minutes).</summary>
    [Range(1, 10_080)] public int ForgetAfterMinutes { get; set; } = 60;
}
