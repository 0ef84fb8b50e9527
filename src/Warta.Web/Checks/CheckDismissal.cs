using System.Text.Json;

namespace Warta.Web.Checks;

/// <summary>A finding an editor dismissed: which one (its fingerprint), why, who and when. Kept on the story and in each revision.</summary>
public sealed record CheckDismissal(string Fingerprint, string Reason, string By, DateTime At)
{
    public const int ReasonMaxLength = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static List<CheckDismissal> Read(string? notes)
    {
        if (string.IsNullOrWhiteSpace(notes)) return [];
        try
        {
            return JsonSerializer.Deserialize<List<CheckDismissal>>(notes, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string? Write(IReadOnlyCollection<CheckDismissal> dismissals) =>
        dismissals.Count == 0 ? null : JsonSerializer.Serialize(dismissals, Json);
}
