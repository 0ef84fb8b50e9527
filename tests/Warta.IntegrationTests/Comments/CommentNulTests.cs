using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Warta.IntegrationTests.Comments;

/// <summary>A NUL in a posted form (ASP.NET Core's form reader refuses it; PostgreSQL would too) is a plain 400, never a 500.</summary>
public class CommentNulTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task ACommentWithANulCharacter_IsRefusedPlainly_AndNothingIsStored()
    {
        var story = await An.Article().SaveAsync(app);
        var client = app.CreateReader();
        var (action, antiforgery, token) = await client.FormTokensAsync(WartaApp.UrlOf(story));

        var response = await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["Comment.Token"] = token, ["Comment.Comment"] = "Kata\0 yang tersisip karakter kosong.",
            ["Comment.Author"] = "Pembaca\0", ["Comment.Email"] = "nul@pembaca.example",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("karakter yang tidak sah", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.ArticleId == story.Id)));
    }
}
