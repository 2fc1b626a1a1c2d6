using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>The version is not a draft, so it cannot be edited (R07).</summary>
[Description("R07: only the current version, while it is DRAFT or CHANGES_REQUIRED, can be edited. A submitted version waits for the council's decision; an agreed one is never edited: start a revision with `startRevision`.")]
public sealed record VersionNotEditableError(
    [property: Description("The version that cannot be edited.")] int VersionNumber,
    [property: Description("Its status.")] VersionStatus Status)
    : DomainError("VERSION_NOT_EDITABLE", $"Version {VersionNumber} is {PlainEnglish.Describe(Status)} and can no longer be edited; start a revision to change an agreed plan.");
