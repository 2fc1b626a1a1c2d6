using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.People;

/// <summary>A member of council staff: Key Worker, Customer Services, Risk Management Panel, safeguarding or administrator.</summary>
public sealed class StaffMember
{
    private StaffMember()
    {
        Username = string.Empty;
        FullName = string.Empty;
    }

    public StaffMember(Id<StaffMember> id, string username, string fullName, ActorRole role)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        if (!role.IsCouncilRole())
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Staff members hold council roles.");
        }

        Id = id;
        Username = username;
        FullName = fullName;
        Role = role;
    }

    public Id<StaffMember> Id { get; private set; }

    /// <summary>The subject the staff member signs in as.</summary>
    public string Username { get; private set; }

    public string FullName { get; private set; }

    public ActorRole Role { get; private set; }
}
