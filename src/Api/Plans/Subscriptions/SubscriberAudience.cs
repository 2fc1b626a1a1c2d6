using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Plans.Subscriptions;

/// <summary>
/// The audience a subscriber belongs to: callers who, by <see cref="AccessScope"/>'s rules, always see the same plans
/// and the same fields of them, so that a change is checked, executed and serialised once for all of them (issue 13).
/// A provider's, planner's or advocate's staff and apps see what their organisation may see (R27, R28), whoever they
/// are, so their audience is the role and the organisation. Every other role's reach depends on who they are: a
/// person's own plans (R26), a Key Worker's caseload, a carer's consents and the requests they made (R33), a staff
/// member's record being known (R35), so their audience is the role and the individual.
/// </summary>
internal static class SubscriberAudience
{
    public static string Of(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role is ActorRole.Provider or ActorRole.SupportPlanner or ActorRole.Advocate && caller.OrganisationId is { } organisation
            ? $"{caller.Role}/organisation/{organisation.Value:N}"
            : $"{caller.Role}/subject/{caller.Subject}";
    }
}
