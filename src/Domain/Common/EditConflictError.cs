using System.ComponentModel;

namespace CarePlanGraph.Domain.Common;

/// <summary>
/// Optimistic concurrency: the caller edited what they saw at <see cref="ExpectedRevision"/>, but someone
/// else has changed it since (a plan's version, a review or a complaint). Reload, then try again.
/// </summary>
[Description("Optimistic concurrency: someone else changed the version, review or complaint since you read it (or at the same moment), so your change was not made and theirs is kept. Reload it and reapply your change; for a plan, send its new `currentVersion.revision` as `expectedRevision`.")]
public sealed record EditConflictError(
    [property: Description("The revision your change was based on.")] int ExpectedRevision,
    [property: Description("Its revision now.")] int ActualRevision)
    : DomainError("EDIT_CONFLICT", $"Someone else changed this since you opened it (you had revision {ExpectedRevision}, it is now {ActualRevision}). Reload it and try again.");
