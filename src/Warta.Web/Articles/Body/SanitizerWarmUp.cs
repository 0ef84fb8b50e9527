namespace Warta.Web.Articles.Body;

/// <summary>
/// Builds the body sanitizer a second after the host has started, so the first story page does not wait for it and the
/// start (the first home page) does not share its two cores with it.
/// </summary>
internal sealed class SanitizerWarmUp(BodySanitizer sanitizer, IHostApplicationLifetime lifetime) : IHostedService
{
    private static readonly TimeSpan After = TimeSpan.FromSeconds(1);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = WarmUpAsync(lifetime.ApplicationStopping));
        return Task.CompletedTask;
    }

    private async Task WarmUpAsync(CancellationToken stopping)
    {
        try
        {
            await Task.Delay(After, stopping);
            sanitizer.WarmUp();
        }
        catch (OperationCanceledException)
        {
            // Stopped within the second: the first use builds it, if there is one.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
