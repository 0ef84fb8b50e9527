using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Warta.Web.Hosting;

namespace Warta.IntegrationTests.Hosting;

/// <summary>
/// The site's preparation runs while Kestrel starts: a request arriving meanwhile must wait for it, never see an
/// unprepared site, and the host must not count as started before it is done.
/// </summary>
public class PreparationTests
{
    private sealed record Server(WebApplication App, Task Starting, HttpClient Client, List<string> Served, TaskCompletionSource Preparing);

    /// <summary>Kestrel on a loopback port, listening, its preparation held until the test ends <see cref="Server.Preparing"/>.</summary>
    private static async Task<Server> StartPreparingAsync()
    {
        var preparing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddPreparation();
        var app = builder.Build();
        var served = new List<string>();
        app.Services.GetRequiredService<Preparation>().Begin(() => preparing.Task);
        app.UsePreparationGate();
        app.MapGet("/", () => { lock (served) served.Add("/"); return "siap"; });
        var starting = app.StartAsync();
        // Kestrel fills in its address once it listens, before the host counts as started.
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var waited = TimeSpan.Zero;
        while (addresses.Count == 0 && !starting.IsCompleted && waited < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(10);
            waited += TimeSpan.FromMilliseconds(10);
        }
        Assert.NotEmpty(addresses);
        return new Server(app, starting, new HttpClient { BaseAddress = new Uri(addresses.First()) }, served, preparing);
    }

    [Fact]
    public async Task RequestDuringPreparation_WaitsForIt_ThenIsAnswered_AndTheHostStartsOnlyThen()
    {
        var host = await StartPreparingAsync();
        await using var _ = host.App;

        var request = host.Client.GetAsync("/");
        await Task.Delay(300);
        Assert.False(request.IsCompleted, "a request was answered before the site was prepared");
        Assert.False(host.Starting.IsCompleted, "the host counted as started before the site was prepared");
        Assert.Empty(host.Served);

        host.Preparing.SetResult();
        var response = await request.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("siap", await response.Content.ReadAsStringAsync());
        await host.Starting.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("siap", await host.Client.GetStringAsync("/"));
        await host.App.StopAsync();
    }

    [Fact]
    public async Task FailedPreparation_FailsTheStart_AndNoRequestReachesTheSite()
    {
        var host = await StartPreparingAsync();
        await using var _ = host.App;

        var request = host.Client.GetAsync("/");
        await Task.Delay(100);
        host.Preparing.SetException(new InvalidOperationException("basis data tidak dapat dimigrasi"));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Starting.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal("basis data tidak dapat dimigrasi", failure.Message);
        var response = await request.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("dimigrasi", await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Served);
    }

    [Fact]
    public async Task BackgroundServices_LearnWhetherThePreparationSucceeded_WithoutItsException()
    {
        var succeeding = new Preparation();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        succeeding.Begin(() => release.Task);
        var waiting = succeeding.SucceededAsync(CancellationToken.None);
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);
        release.SetResult();
        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(20)));

        var failing = new Preparation();
        failing.Begin(() => Task.FromException(new InvalidOperationException("gagal")));
        Assert.False(await failing.SucceededAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20)));

        // Stopping the host while still preparing is a cancellation, not a failed preparation.
        var pending = new Preparation();
        pending.Begin(() => new TaskCompletionSource().Task);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.SucceededAsync(new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Preparation_BegunTwice_IsRefused()
    {
        var preparation = new Preparation();
        preparation.Begin(() => Task.CompletedTask);
        Assert.Throws<InvalidOperationException>(() => preparation.Begin(() => Task.CompletedTask));
    }
}
