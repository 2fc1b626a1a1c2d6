using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Api.Identity;

/// <summary>
/// Who is calling, resolved once per request from the authenticated principal: the role they act in and
/// the record they are (a person, a member of staff, or an organisation's staff or app).
/// </summary>
public sealed record Caller(
    string Subject,
    string Name,
    ActorRole Role,
    Id<Person>? PersonId,
    Id<StaffMember>? StaffMemberId,
    Id<Organisation>? OrganisationId)
{
    /// <summary>
    /// R33: for a carer (role Helper), the people they care for whose consent was in force when the caller was resolved.
    /// Lists and lookups check consent again in the database, so a withdrawal ends access at once.
    /// </summary>
    public IReadOnlyList<CaredFor> CaresFor { get; init; } = [];

    /// <summary>
    /// For an app-only token, the approved integration it belongs to (issue 15): what it may do is also bounded by
    /// <see cref="IntegrationAccess"/>. Null for people and staff signing in themselves.
    /// </summary>
    public Id<Integration>? IntegrationId { get; init; }

    /// <summary>The access the caller's integration was granted; null when the caller is not an integration.</summary>
    public IntegrationAccess? IntegrationAccess { get; init; }

    /// <summary>True when the caller may change records: not a read-only integration.</summary>
    public bool MayWrite => IntegrationAccess is not Domain.Integrations.IntegrationAccess.ReadOnly;

    public Actor ToActor() => new(Subject, Name, Role);
}

/// <summary>R33: a person this caller is the recorded carer of, and what the person consented they may see.</summary>
public sealed record CaredFor(Id<Carer> CarerId, Id<Person> PersonId, bool SeesReviews);
