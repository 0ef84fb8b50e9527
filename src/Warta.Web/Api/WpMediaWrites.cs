using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Warta.Web.Data;
using Warta.Web.Media;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Resources;

namespace Warta.Web.Api;

/// <summary>
/// Writing the media library through <c>/wp/v2/media</c>: uploads in both of WordPress's ways (the file as the body
/// with <c>Content-Disposition: attachment; filename=…</c>, or a multipart form's <c>file</c>), through the library's
/// own checks (<see cref="AddMedia"/>: images decoded and re-encoded without metadata, alt text required, which a
/// raw upload gives as <c>?alt_text=…</c>); alt text, caption and credit changed; deletion with <c>force=true</c>
/// (WordPress's attachments have no trash either) of one's own unused items, or anyone's for editors.
/// </summary>
public sealed class WpMediaWrites(WartaDb db, AddMedia add, DeleteMedia delete, CurrentStaff current, WpMedia media, IStringLocalizer<SharedResource> text,
    Microsoft.Extensions.Options.IOptions<MediaOptions> options)
{
    public async Task<IResult> CreateAsync(HttpContext http, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        const string code = "rest_cannot_create", message = "Sorry, you are not allowed to upload media on this site.";
        if (staff is null) return WpError.Of(code, message, 401);
        if (!staff.Can(Capability.UploadMedia)) return WpError.Of(code, message, 403);
        var request = http.Request;
        var limit = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
        // The library's own caps decide (a file's is larger than an image's); a form's framing needs a little more.
        if (limit is { IsReadOnly: false }) limit.MaxRequestBodySize = Math.Max(options.Value.MaxUploadBytes, options.Value.MaxFileBytes) + 64 * 1024;

        byte[]? bytes;
        string? fileName;
        WpInput? input;
        if (request.HasFormContentType)
        {
            input = await WpInput.ReadAsync(request, ct);
            var file = input?.File("file");
            if (file is null) return WpError.Of("rest_upload_no_data", "No data supplied.", 400);
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            (bytes, fileName) = (buffer.ToArray(), file.FileName);
        }
        else
        {
            if (!ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
                || (disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value) is not { Length: > 0 } named)
                return WpError.Of("rest_upload_no_content_disposition", "No Content-Disposition supplied.", 400);
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            if (buffer.Length == 0) return WpError.Of("rest_upload_no_data", "No data supplied.", 400);
            (bytes, fileName) = (buffer.ToArray(), Path.GetFileName(named.Trim('"')));
            input = await WpInput.ReadAsync(request, ct); // the query string's fields
        }
        if (input is null) return WpError.InvalidJson();
        var problems = new Dictionary<string, string>();
        var (alt, caption, credit) = (input.Text("alt_text", problems), input.Text("caption", problems), input.Text("credit", problems));
        Unsupported(input, problems);
        if (problems.Count > 0) return WpError.InvalidParameters(problems);

        var (item, refused) = await add.RunAsync(bytes, fileName, alt, caption, credit, staff, ct);
        if (item is null) return WpError.InvalidParameters(Renamed(refused));
        return WpShape.Created(http, $"/wp/v2/media/{item.Id}", media.Shape(item, Site.PublicOrigin.Of(http)));
    }

    public async Task<IResult> UpdateAsync(HttpContext http, int id, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        const string code = "rest_cannot_edit", message = "Sorry, you are not allowed to edit this post.";
        if (staff is null) return WpError.Of(code, message, 401);
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (item is null) return WpError.InvalidId("post");
        if (!staff.Can(Capability.UploadMedia) || !DeleteMedia.MayChange(staff, item)) return WpError.Of(code, message, 403);
        if (await WpInput.ReadAsync(http.Request, ct) is not { } input) return WpError.InvalidJson();
        var problems = new Dictionary<string, string>();
        var alt = input.Text("alt_text", problems) ?? item.Alt;
        var caption = input.Text("caption", problems) ?? item.Caption;
        var credit = input.Text("credit", problems) ?? item.Credit;
        Unsupported(input, problems);
        if (problems.Count > 0) return WpError.InvalidParameters(problems);
        if (MediaWords.Check(item.IsImage, alt, caption, credit, text) is { Count: > 0 } wrong) return WpError.InvalidParameters(Renamed(wrong));
        MediaWords.Apply(item, alt, caption, credit);
        await db.SaveChangesAsync(ct);
        return WpShape.Json(media.Shape(item, Site.PublicOrigin.Of(http)));
    }

    public async Task<IResult> DeleteAsync(HttpContext http, int id, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        const string code = "rest_cannot_delete", message = "Sorry, you are not allowed to delete this post.";
        if (staff is null) return WpError.Of(code, message, 401);
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (item is null) return WpError.InvalidId("post");
        if (!staff.Can(Capability.UploadMedia) || !DeleteMedia.MayChange(staff, item)) return WpError.Of(code, message, 403);
        if (WpListing.One(http.Request.Query, "force") is not ("true" or "1"))
            return WpError.Of("rest_trash_not_supported", "The post does not support trashing. Set 'force=true' to delete.", 501);
        var before = media.Shape(item, Site.PublicOrigin.Of(http));
        if (await delete.RunAsync(item, staff, ct) is { } refused)
            return WpError.Of(code, refused.Problem, refused.Forbidden ? 403 : 409);
        return WpShape.Json(new JsonObject { ["deleted"] = true, ["previous"] = before });
    }

    /// <summary>WordPress fields the library has no place for: refused, so nothing a client sends is silently dropped.</summary>
    private static void Unsupported(WpInput input, Dictionary<string, string> problems)
    {
        foreach (var name in new[] { "title", "description", "post" })
            if (input.Has(name)) problems[name] = $"Warta's media library keeps no {name}; use alt_text, caption and credit.";
    }

    /// <summary>The library's field names as the API's parameters.</summary>
    private static Dictionary<string, string> Renamed(IReadOnlyDictionary<string, string> problems) =>
        problems.ToDictionary(p => p.Key switch { "alt" => "alt_text", _ => p.Key }, p => p.Value);
}
