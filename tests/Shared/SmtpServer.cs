using System.Diagnostics;
using System.Net.Sockets;
using MimeKit;

namespace Warta.Testing;

/// <summary>
/// A real SMTP server on 127.0.0.1: Debian's aiosmtpd (python3-aiosmtpd, installed by test.sh), storing what it
/// receives in a Maildir that tests read back with MimeKit.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    private readonly Process process;
    private readonly string maildir = Path.Combine(Path.GetTempPath(), "warta-smtp", Guid.NewGuid().ToString("N"));

    public int Port { get; }

    public SmtpServer()
    {
        Port = AppProcess.FreePort();
        // Not the Maildir itself: Python's mailbox makes its cur/new/tmp only when it makes the directory.
        Directory.CreateDirectory(Path.GetDirectoryName(maildir)!);
        // Debian's interpreter, whatever python3 comes first on PATH (pyenv and the like lack the Debian package).
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        process = Process.Start(new ProcessStartInfo(python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", maildir])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        }) ?? throw new InvalidOperationException("aiosmtpd did not start");
        var until = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect("127.0.0.1", Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < until && !process.HasExited)
            {
                Thread.Sleep(100);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException($"aiosmtpd is not answering on {Port}: {(process.HasExited ? process.StandardError.ReadToEnd() : "still starting")}. Is python3-aiosmtpd installed?");
            }
        }
    }

    /// <summary>The settings that send the site's mail here.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Warta:Mail:Host"] = "127.0.0.1",
        ["Warta:Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Warta:Mail:Security"] = "None",
        ["Warta:Mail:From"] = "redaksi@warta.test",
    };

    /// <summary>Every message received so far.</summary>
    public List<MimeMessage> Received()
    {
        var arrived = Path.Combine(maildir, "new");
        if (!Directory.Exists(arrived)) return [];
        return Directory.GetFiles(arrived).Select(f => MimeMessage.Load(f)).ToList();
    }

    /// <summary>The first message to <paramref name="address"/> matching <paramref name="match"/>, waiting for it to arrive.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, Func<MimeMessage, bool>? match = null, int seconds = 15)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var found = Received().FirstOrDefault(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))
                && (match is null || match(m)));
            if (found is not null) return found;
            if (DateTime.UtcNow > until) throw new TimeoutException($"No mail to {address} within {seconds} s ({Received().Count} received in all).");
            await Task.Delay(100);
        }
    }

    /// <summary>Messages to <paramref name="address"/> so far.</summary>
    public int CountTo(string address) =>
        Received().Count(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The first link to this site in a message's text.</summary>
    public static string LinkIn(MimeMessage message) =>
        System.Text.RegularExpressions.Regex.Match(message.TextBody ?? "", @"https?://\S+").Value;

    public void Dispose()
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        process.Dispose();
        try { Directory.Delete(maildir, recursive: true); } catch (IOException) { }
    }
}
