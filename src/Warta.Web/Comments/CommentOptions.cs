using System.ComponentModel.DataAnnotations;

namespace Warta.Web.Comments;

/// <summary>Bound from "Warta:Comments": the spam defences that need no outside service.</summary>
public sealed class CommentOptions
{
    public const string SectionName = "Warta:Comments";

    /// <summary>WordPress's flood control: a second comment from one address or email this soon is refused.</summary>
    [Range(0, 3600)]
    public int FloodSeconds { get; set; } = 15;

    /// <summary>People read before they reply; a form sent back faster than this came from a script.</summary>
    [Range(0, 3600)]
    public int MinSecondsToPost { get; set; } = 3;

    /// <summary>Comment posts allowed per address per minute, on top of flood control.</summary>
    [Range(1, int.MaxValue)]
    public int PostsPerMinute { get; set; } = 10;
}
