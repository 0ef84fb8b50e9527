using Microsoft.AspNetCore.Authorization;
using static Warta.Web.Newsroom.Accounts.Capability;

namespace Warta.Web.Newsroom.Accounts;

/// <summary>The table of who may do what, in one place; policies are made from it.</summary>
public static class Capabilities
{
    private static readonly Dictionary<string, string[]> ByRole = new()
    {
        [NewsroomRoles.Administrator] = [EnterNewsroom, WriteDrafts, PublishOwn, EditOthers, PinHeadline, UploadMedia, ManageTaxonomy, ModerateComments, ManageUsers, ManageSettings, ViewAudit],
        [NewsroomRoles.Editor] = [EnterNewsroom, WriteDrafts, PublishOwn, EditOthers, PinHeadline, UploadMedia, ManageTaxonomy, ModerateComments, ViewAudit],
        [NewsroomRoles.Author] = [EnterNewsroom, WriteDrafts, PublishOwn, UploadMedia],
        [NewsroomRoles.Contributor] = [EnterNewsroom, WriteDrafts],
        [NewsroomRoles.Moderator] = [EnterNewsroom, ModerateComments],
    };

    public static IReadOnlyList<string> Of(string role) => ByRole.GetValueOrDefault(role, []);

    public static IEnumerable<string> RolesWith(string capability) =>
        ByRole.Where(r => r.Value.Contains(capability)).Select(r => r.Key);

    public static IEnumerable<string> AllCapabilities => ByRole.Values.SelectMany(c => c).Distinct();

    /// <summary>One policy per capability, named after it, satisfied by the roles that carry it.</summary>
    public static void AddCapabilityPolicies(this AuthorizationOptions options)
    {
        foreach (var capability in AllCapabilities)
            options.AddPolicy(capability, policy => policy.RequireAuthenticatedUser().RequireRole(RolesWith(capability)));
    }
}
