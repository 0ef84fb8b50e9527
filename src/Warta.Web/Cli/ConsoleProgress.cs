using System.Diagnostics;
using System.Globalization;

namespace Warta.Web.Cli;

/// <summary>A progress bar with items done/total and time left; plain lines every 10 % when output is not a terminal.</summary>
public sealed class ConsoleProgress(TextWriter output, string label) : IProgress<(int Done, int Total)>
{
    private const int Width = 30;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly bool terminal = !Console.IsOutputRedirected;
    private int lastTenth = -1;

    public void Report((int Done, int Total) value)
    {
        var (done, total) = value;
        var fraction = total == 0 ? 1 : (double)done / total;
        var left = done == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(clock.Elapsed.TotalSeconds / done * (total - done));
        var filled = (int)(fraction * Width);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{label} [{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} {fraction * 100:0}% ~{left:mm\\:ss} left");
        if (terminal)
        {
            output.Write("\r" + line);
            if (done >= total) output.WriteLine();
        }
        else if ((int)(fraction * 10) is var tenth && tenth != lastTenth)
        {
            lastTenth = tenth;
            output.WriteLine(line);
        }
    }
}
