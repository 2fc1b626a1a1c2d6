using CarePlanGraph.Domain.Common;
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
    public Actor ToActor() => new(Subject, Name, Role);
}
