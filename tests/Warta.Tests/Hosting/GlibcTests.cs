using Warta.Web.Hosting;

namespace Warta.Tests.Hosting;

public class GlibcTests
{
    [Fact]
    public void OnLinux_TheTrimCallBinds_AndRuns()
    {
        // The servers Warta targets (Debian, Ubuntu) run glibc; a wrong library or symbol name would make the
        // trimming a silent no-op there.
        Assert.Equal(OperatingSystem.IsLinux(), Glibc.Present);
        var exception = Record.Exception(() => Glibc.Trim());
        Assert.Null(exception);
    }
}
