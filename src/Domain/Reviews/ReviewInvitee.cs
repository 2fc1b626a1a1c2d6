using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>Someone the person invited to their review (R22), and when the Key Worker was told.</summary>
public sealed class ReviewInvitee
{
    public const int MaxNameLength = 200;

    private ReviewInvitee()
    {
        Name = string.Empty;
        InvitedBySubject = string.Empty;
        InvitedByName = string.Empty;
    }

    internal ReviewInvitee(InviteeKind kind, string name, Id<Organisation>? organisationId, Id<Carer>? carerId, Actor invitedBy, DateTimeOffset invitedAt)
    {
        Id = Id<ReviewInvitee>.New();
        Kind = kind;
        Name = name;
        OrganisationId = organisationId;
        CarerId = carerId;
        InvitedBySubject = invitedBy.Subject;
        InvitedByName = invitedBy.Name;
        InvitedAt = invitedAt;
    }

    public Id<ReviewInvitee> Id { get; private set; }

    public InviteeKind Kind { get; private set; }

    public string Name { get; private set; }

    /// <summary>The organisation they come from, when the council knows it (a provider, say).</summary>
    public Id<Organisation>? OrganisationId { get; private set; }

    /// <summary>R33: the carer the person recorded, when the invitee is one; they then see this review.</summary>
    public Id<Carer>? CarerId { get; private set; }

    public string InvitedBySubject { get; private set; }

    public string InvitedByName { get; private set; }

    /// <summary>When they were invited, which is when the Key Worker was told.</summary>
    public DateTimeOffset InvitedAt { get; private set; }
}
