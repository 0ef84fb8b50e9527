using System.Threading.Channels;

namespace Warta.Web.Search;

/// <summary>Article ids waiting to be (re)indexed, in the order their changes were saved.</summary>
public sealed class IndexBacklog
{
    private readonly Channel<int> channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
    private long pending;

    public ChannelReader<int> Reader => channel.Reader;

    /// <summary>Ids queued or being indexed; zero when the index has caught up with every save.</summary>
    public long Pending => Interlocked.Read(ref pending);

    public void Enqueue(IEnumerable<int> ids)
    {
        foreach (var id in ids)
        {
            Interlocked.Increment(ref pending);
            channel.Writer.TryWrite(id);
        }
    }

    public void Done(int count) => Interlocked.Add(ref pending, -count);
}
