using Warta.Web.Comments;

namespace Warta.Tests.Comments;

/// <summary>
/// A commenter's avatar colour comes from their name by a fixed function (FNV-1a), so a page's bytes and ETag are the
/// same after a restart and on every server behind one CDN.
/// </summary>
public class CommentAvatarTests
{
    [Theory]
    [InlineData("a", 0xe40c292c % 360)]      // FNV-1a 32-bit reference values
    [InlineData("foobar", 0xbf9cf968 % 360)]
    public void TheHue_IsFnv1aOfTheName(string name, long expected) => Assert.Equal(expected, CommentText.Hue(name));

    [Fact]
    public void NoName_StillHasAColour() => Assert.InRange(CommentText.Hue(null), 0, 359);
}
