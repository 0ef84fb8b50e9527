using System.Threading.Channels;

namespace Warta.Web.Search;

/// <summary>
/// Article ids waiting to be (re)indexed, in the order their changes were committed, each batch followed by the
/// change-journal position it brings the index to.
/// </summary>
public sealed class IndexBacklog
{
    /// <summary>An article to index (<see cref="ArticleId"/> &gt; 0) or a journal position reached (<see cref="Position"/> &gt; 0).</summary>
    public readonly record struct Work(int ArticleId, long Position);

    private readonly Channel<Work> channel = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private long pending;

    public ChannelReader<Work> Reader => channel.Reader;

    /// <summary>Work queued or being indexed; zero when the index has caught up with every change read.</summary>
    public long Pending => Interlocked.Read(ref pending);

    public void Enqueue(IEnumerable<int> ids, long position = 0)
    {
        foreach (var id in ids) Write(new Work(id, 0));
        if (position > 0) Write(new Work(0, position));
    }

    private void Write(Work work)
    {
        Interlocked.Increment(ref pending);
        channel.Writer.TryWrite(work);
    }

    public void Done(int count) => Interlocked.Add(ref pending, -count);
}
