namespace Warta.Web.Hosting;

/// <summary>
/// A background service that writes what it gathered in memory (view counts, search counts) at a fixed interval once
/// the database is ready, and once more at shutdown so nothing counted is lost to a restart.
/// </summary>
public abstract class PeriodicFlush(TimeSpan every, TimeProvider clock, Preparation preparation) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(every, Clock);
        try
        {
            if (!await preparation.SucceededAsync(stoppingToken)) return;
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushAsync(CancellationToken.None);
        }
        catch (OperationCanceledException) { }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(CancellationToken.None);
    }

    /// <summary>Writes what was gathered; what could not be written is kept for the next time.</summary>
    public abstract Task FlushAsync(CancellationToken ct);
}
