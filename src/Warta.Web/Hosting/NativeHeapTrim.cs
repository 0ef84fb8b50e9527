using Microsoft.Extensions.Options;

namespace Warta.Web.Hosting;

/// <summary>
/// Keeps the process's native memory from creeping up. glibc gives each thread a malloc arena (up to eight per core)
/// and returns an arena's freed pages to the system only from its top: what SQLite, the JIT and the runtime allocate
/// while the thread pool rebuilds pages every minute stayed resident as each arena's high-water mark (sixteen arenas
/// holding twice what was in use, in bench/README's "Memory"). A periodic malloc_trim gives those pages back.
/// Capping the arenas from here does not work: the runtime's own threads have made them all before Main runs
/// (MALLOC_ARENA_MAX=2 in the environment does, and made no difference once trimming ran). Nothing to do without glibc.
/// </summary>
internal sealed class NativeHeapTrim(IOptions<NativeHeapOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.TrimSeconds;
        if (seconds <= 0 || !Glibc.Present) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                Glibc.Trim();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
