using System.Runtime.InteropServices;

namespace Warta.Web.Hosting;

/// <summary>
/// The glibc malloc call <see cref="NativeHeapTrim"/> needs. Elsewhere (musl, macOS, Windows) it does not exist
/// and the call answers false.
/// </summary>
internal static class Glibc
{
    /// <summary>True on Linux with glibc: the library answers and has the call.</summary>
    public static bool Present { get; } = OperatingSystem.IsLinux() && HasExports();

    /// <summary>Gives the free pages inside every arena back to the system (madvise), not only each arena's top.</summary>
    public static bool Trim() => Present && MallocTrim(0) == 1;

    private static bool HasExports()
    {
        if (!NativeLibrary.TryLoad("libc.so.6", out var libc)) return false;
        return NativeLibrary.TryGetExport(libc, "malloc_trim", out _);
    }

    [DllImport("libc.so.6", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
