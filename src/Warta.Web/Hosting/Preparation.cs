namespace Warta.Web.Hosting;

/// <summary>
/// The site's own preparation (migrations, first settings, demo content, newsroom roles) runs on another thread while
/// the server starts, instead of before it: the two take about the same time, and on two cores a cold start answers
/// its first page sooner by their overlap. Nothing reaches the database before it is done: requests wait for it at the
/// front of the pipeline (<see cref="HostingSetup.UsePreparationGate"/>), background services wait
/// (<see cref="SucceededAsync"/>) before their first query, and the host counts as started only once it is done (<see cref="PreparationGate"/>).
/// </summary>
public sealed class Preparation
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int begun;

    /// <summary>Completes when the preparation has; faults with its exception if it failed.</summary>
    public Task Done => done.Task;

    /// <summary>
    /// For background services: true once the site is prepared, false if the preparation failed. They then stop
    /// quietly: the host's start fails with the preparation's own exception, reported once.
    /// </summary>
    public async Task<bool> SucceededAsync(CancellationToken cancellation)
    {
        try
        {
            await Done.WaitAsync(cancellation);
            return true;
        }
        catch (Exception) when (Done.IsFaulted)
        {
            return false;
        }
    }

    public void Begin(Func<Task> work)
    {
        if (Interlocked.Exchange(ref begun, 1) == 1) throw new InvalidOperationException("The site's preparation has already begun.");
        _ = Task.Run(async () =>
        {
            try
            {
                await work();
                done.SetResult();
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        });
    }
}
