namespace Warta.Testing;

/// <summary>The app as a newcomer first sees it: an empty data directory, so the demo site is written at start.</summary>
public class DemoSiteApp : WartaApp
{
    public DemoSiteApp() : base(seedDemo: true) { }

    // Internal: xunit requires a fixture to have a single public constructor.
    internal DemoSiteApp(string dataDirectory) : base(seedDemo: true, dataDirectory) { }
}
