namespace Warta.Web.Comments;

/// <summary>What the "Tinggalkan Balasan" form posts. Field names follow WordPress's so browser autofill carries over.</summary>
public sealed class CommentForm
{
    public string? Comment { get; set; }
    public string? Author { get; set; }
    public string? Email { get; set; }
    public string? Url { get; set; }
    public int? ParentId { get; set; }
    public bool Remember { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by bots that fill in everything.</summary>
    public string? Alamat { get; set; }

    /// <summary>When the form was shown, signed, so the post can be refused if it came back implausibly fast.</summary>
    public string? Token { get; set; }
}
