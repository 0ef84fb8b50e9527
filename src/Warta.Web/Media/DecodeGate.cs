using Microsoft.Extensions.Options;

namespace Warta.Web.Media;

/// <summary>
/// Decoding a 60-megapixel image takes a few hundred megabytes; six at once doubled the process's memory. Uploads
/// and imports decode through this gate, at most <see cref="MediaOptions.ConcurrentDecodes"/> at a time; the rest wait.
/// </summary>
public sealed class DecodeGate(IOptions<MediaOptions> options) : IDisposable
{
    private readonly SemaphoreSlim slots = new(options.Value.ConcurrentDecodes, options.Value.ConcurrentDecodes);
    private int active;
    private int peak;

    /// <summary>The most decodes that ran at once since start (what the limit is about; also a metric).</summary>
    public int Peak => Volatile.Read(ref peak);

    public Slot Enter()
    {
        slots.Wait();
        var now = Interlocked.Increment(ref active);
        for (var seen = Volatile.Read(ref peak); now > seen && Interlocked.CompareExchange(ref peak, now, seen) != seen; seen = Volatile.Read(ref peak)) { }
        return new Slot(this);
    }

    public readonly struct Slot(DecodeGate gate) : IDisposable
    {
        public void Dispose()
        {
            Interlocked.Decrement(ref gate.active);
            gate.slots.Release();
        }
    }

    public void Dispose() => slots.Dispose();
}
