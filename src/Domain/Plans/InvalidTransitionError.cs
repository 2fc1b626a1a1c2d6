using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// The status machine does not allow this transition. <see cref="VersionNumber"/> and <see cref="VersionStatus"/>
/// say which version stood in the way, when it was a version's status (a revision) rather than the plan's.
/// </summary>
public sealed record InvalidTransitionError(PlanStatus From, string Action, int? VersionNumber = null, VersionStatus? VersionStatus = null)
    : DomainError("INVALID_TRANSITION", Describe(From, Action, VersionNumber, VersionStatus))
{
    private static string Describe(PlanStatus from, string action, int? versionNumber, VersionStatus? versionStatus)
    {
        var message = $"A plan that is {from.ToString().ToUpperInvariant()} cannot be {action}.";
        return versionNumber is { } number && versionStatus is { } status
            ? $"{message} (Version {number} is {status.ToString().ToUpperInvariant()}.)"
            : message;
    }
}
