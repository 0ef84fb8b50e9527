using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Warta.Web.Search;

/// <summary>
/// Lucene's NIOFSDirectory with one positional read (pread) per buffer refill. Lucene.NET's own goes through a
/// FileStream, which copies through a second buffer, asks the file's length and locks the stream on every read; a
/// search refills hundreds of small buffers (a block of the terms dictionary in every segment for every word), and
/// those reads were a third of its time. The file's pages stay in the system's cache, outside the process's memory
/// (mapping the files made the GC's pauses grow with every clone Lucene tracks).
/// </summary>
public sealed class PositionalReadDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new Input($"PositionalReadIndexInput(path=\"{file}\")", handle, context);
    }

    private sealed class Input : BufferedIndexInput
    {
        private readonly SafeFileHandle handle;
        private readonly long length;
        private bool isClone;

        public Input(string description, SafeFileHandle handle, IOContext context) : base(description, context)
        {
            this.handle = handle;
            length = RandomAccess.GetLength(handle);
        }

        public override long Length => length;

        protected override void ReadInternal(byte[] b, int offset, int length)
        {
            var position = Position;
            if (position + length > this.length) throw new EndOfStreamException($"read past EOF: {this}");
            while (length > 0)
            {
                var read = RandomAccess.Read(handle, b.AsSpan(offset, length), position);
                if (read <= 0) throw new EndOfStreamException($"read past EOF: {this}");
                position += read;
                offset += read;
                length -= read;
            }
        }

        protected override void SeekInternal(long pos)
        {
            // Every read says where it reads from: nothing to move.
        }

        public override object Clone()
        {
            var clone = (Input)base.Clone();
            clone.isClone = true;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            // Clones share the original's handle; only the original closes it.
            if (disposing && !isClone) handle.Dispose();
        }
    }
}
