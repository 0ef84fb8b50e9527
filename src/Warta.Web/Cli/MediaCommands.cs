using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Media;

namespace Warta.Web.Cli;

/// <summary><c>media crops</c>: cuts every library image to its frames around its focal point (those stored before crops existed).</summary>
public static class MediaCommands
{
    public static async Task<int> CropsAsync(string[] settings)
    {
        await using var app = CommandLine.Build(settings);
        await app.PrepareDatabaseAsync();
        var crops = app.Services.GetRequiredService<MediaCrops>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
        var images = await db.MediaItems.AsNoTracking().Where(m => m.ContentType.StartsWith("image/")).OrderBy(m => m.Id).ToListAsync();
        var progress = new ConsoleProgress(Console.Out, "Cropping");
        var cut = 0;
        for (var i = 0; i < images.Count; i++)
        {
            if (crops.Write(images[i])) cut++;
            progress.Report((i + 1, images.Count));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cut} of {images.Count} images cut to every frame; the rest have no original file or could not be read."));
        return 0;
    }
}
