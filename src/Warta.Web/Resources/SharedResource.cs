namespace Warta.Web.Resources;

/// <summary>Marker for the shared UI strings: SharedResource.resx (Indonesian, the default) and SharedResource.en.resx.</summary>
public sealed class SharedResource;
