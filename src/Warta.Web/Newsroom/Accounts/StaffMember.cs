namespace Warta.Web.Newsroom.Accounts;

public sealed record StaffMember(int Id, string Name, int? AuthorId, IReadOnlySet<string> Capabilities)
{
    public bool Can(string capability) => Capabilities.Contains(capability);
}
