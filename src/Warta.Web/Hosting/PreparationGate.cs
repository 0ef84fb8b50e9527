namespace Warta.Web.Hosting;

/// <summary>
/// The host counts as started (<c>ApplicationStarted</c>, which test hosts and deployment checks wait for) only once
/// <see cref="Preparation"/> is done. It waits in <see cref="StartedAsync"/>, after every service's start, so the web
/// server is already listening meanwhile (its requests held by <see cref="HostingSetup.UsePreparationGate"/>) and the
/// background services reaching the database wait in their own loops. A failed preparation fails the host's start,
/// as it did when it ran first.
/// </summary>
internal sealed class PreparationGate(Preparation preparation) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken) => preparation.Done.WaitAsync(cancellationToken);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
