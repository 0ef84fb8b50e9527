using System.Net;

namespace Warta.IntegrationTests.Faults;

/// <summary>A key file torn by a power cut (empty, or cut off mid-element) must not break every form on the site.</summary>
public class KeyRingTests
{
    [Fact]
    public async Task ATornKeyFile_IsSkipped_AndFormsAndSignInStillWork()
    {
        var directory = Path.Combine(Path.GetTempPath(), "warta-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, "keys"));
        await File.WriteAllTextAsync(Path.Combine(directory, "keys", "key-0b0e1b7c-0000-4000-8000-000000000001.xml"), "");
        await File.WriteAllTextAsync(Path.Combine(directory, "keys", "key-0b0e1b7c-0000-4000-8000-000000000002.xml"), "<key id=\"0b0e1b7c\" version=\"1\"><creationDate>2026-");
        await using var app = new WartaApp(directory);

        var (email, _) = await app.CreateStaffAsync(Warta.Web.Newsroom.Accounts.NewsroomRoles.Author);
        var signedIn = await app.CreateReader().SignInAsync(email, StaffSignIn.Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.True(Directory.GetFiles(Path.Combine(directory, "keys"), "*.xml").Length >= 3); // a new, whole key was written
    }
}
