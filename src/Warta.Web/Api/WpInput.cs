using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Warta.Web.Api;

/// <summary>
/// A write request's fields, wherever WordPress lets a client put them: a JSON body, a form body, or the query string
/// (the body wins). <c>title</c>, <c>content</c> and <c>excerpt</c> may be a string or <c>{"raw": …}</c>.
/// </summary>
public sealed class WpInput
{
    private readonly JsonObject? json;
    private readonly IFormCollection? form;
    private readonly IQueryCollection query;

    private WpInput(JsonObject? json, IFormCollection? form, IQueryCollection query) => (this.json, this.form, this.query) = (json, form, query);

    /// <summary>The request's fields, or null when its body is not JSON or a form it can read (the caller answers 400).</summary>
    public static async Task<WpInput?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasJsonContentType())
        {
            try
            {
                return await JsonNode.ParseAsync(request.Body, cancellationToken: ct) is JsonObject body ? new WpInput(body, null, request.Query) : null;
            }
            catch (JsonException) { return null; }
        }
        if (request.HasFormContentType) return new WpInput(null, await request.ReadFormAsync(ct), request.Query);
        return new WpInput(null, null, request.Query);
    }

    /// <summary>A file sent in a multipart form; null when there is none by that name.</summary>
    public IFormFile? File(string name) => form?.Files.GetFile(name);

    public bool Has(string name) =>
        json?.ContainsKey(name) == true || form?.ContainsKey(name) == true || form?.ContainsKey(name + "[]") == true
        || query.ContainsKey(name) || query.ContainsKey(name + "[]");

    /// <summary>A text field; for <c>{"raw": …}</c> objects the raw value. Null when absent; a problem when not text.</summary>
    public string? Text(string name, Dictionary<string, string> problems)
    {
        if (json?.TryGetPropertyValue(name, out var node) == true)
        {
            if (node is JsonObject wrapped) node = wrapped["raw"];
            if (node is null) return null;
            if (node is JsonValue value && value.TryGetValue<string>(out var text)) return text;
            problems[name] = $"{name} is not of type string.";
            return null;
        }
        return form?[name].LastOrDefault() ?? form?[name + "[raw]"].LastOrDefault() ?? WpListing.One(query, name);
    }

    public IReadOnlyList<int>? Ids(string name, Dictionary<string, string> problems)
    {
        if (json?.TryGetPropertyValue(name, out var node) == true)
        {
            var ids = new List<int>();
            var items = node is JsonArray array ? array.ToList() : [node];
            foreach (var item in items)
            {
                if (item is JsonValue v && (v.TryGetValue<int>(out var id) || (v.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out id))) && id >= 0) ids.Add(id);
                else { problems[name] = $"{name}[0] is not of type integer."; return null; }
            }
            return ids;
        }
        var values = form is not null && (form.ContainsKey(name) || form.ContainsKey(name + "[]"))
            ? form[name].Concat(form[name + "[]"]).SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList()
            : Has(name) ? WpListing.List(query, name).ToList() : null;
        if (values is null) return null;
        var parsed = new List<int>();
        foreach (var value in values)
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) parsed.Add(id);
            else { problems[name] = $"{name}[0] is not of type integer."; return null; }
        }
        return parsed;
    }

    public int? Id(string name, Dictionary<string, string> problems) => Ids(name, problems) switch
    {
        null => null,
        [var one] => one,
        [] => 0,
        _ => Fail(problems, name, $"{name} is not of type integer."),
    };

    public bool? Flag(string name, Dictionary<string, string> problems)
    {
        if (json?.TryGetPropertyValue(name, out var node) == true)
        {
            if (node is JsonValue v && v.TryGetValue<bool>(out var flag)) return flag;
            problems[name] = $"{name} is not of type boolean.";
            return null;
        }
        return Text(name, problems) switch
        {
            null => null,
            "true" or "1" => true,
            "false" or "0" => false,
            _ => Fail<bool?>(problems, name, $"{name} is not of type boolean."),
        };
    }

    private static int? Fail(Dictionary<string, string> problems, string name, string message) => Fail<int?>(problems, name, message);

    private static T? Fail<T>(Dictionary<string, string> problems, string name, string message)
    {
        problems[name] = message;
        return default;
    }
}
