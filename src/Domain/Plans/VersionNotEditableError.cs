using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>The version is not a draft, so it cannot be edited (R07).</summary>
public sealed record VersionNotEditableError(int VersionNumber, VersionStatus Status)
    : DomainError("VERSION_NOT_EDITABLE", $"Version {VersionNumber} is {Status.ToString().ToUpperInvariant()} and can no longer be edited; start a revision to change an agreed plan.");
