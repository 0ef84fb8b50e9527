namespace Warta.Web.Comments;

/// <summary>What became of a posted comment: saved (approved, held or binned), or refused with a status and reasons.</summary>
public sealed record PostOutcome(Comment? Saved, int StatusCode, IReadOnlyDictionary<string, string> Problems)
{
    public static PostOutcome Accepted(Comment comment) => new(comment, StatusCodes.Status303SeeOther, new Dictionary<string, string>());
    public static PostOutcome Refused(int status, string field, string message) => new(null, status, new Dictionary<string, string> { [field] = message });
}
