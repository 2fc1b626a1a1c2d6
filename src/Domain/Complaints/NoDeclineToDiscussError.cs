using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Complaints;

/// <summary>R17: a meeting with all key staff is asked for after the plan (or a revision) is not agreed, and it has not been declined.</summary>
public sealed record NoDeclineToDiscussError(int VersionNumber, VersionStatus VersionStatus)
    : DomainError("NO_DECLINE_TO_DISCUSS", $"Version {VersionNumber} of the plan is {VersionStatus.ToString().ToUpperInvariant()}, not declined; a meeting with all key staff is for when the council has not agreed the plan.");
