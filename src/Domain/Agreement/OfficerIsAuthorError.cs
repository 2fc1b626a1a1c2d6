using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R15: the officer started or wrote part of this version, so someone else must agree it.</summary>
[Description("R15: the officer started or changed this version of the plan, so another officer must agree it.")]
public sealed record OfficerIsAuthorError(
    string OfficerSubject,
    [property: Description("The officer who may not agree it.")] string OfficerName)
    : DomainError("OFFICER_IS_AUTHOR", $"{OfficerName} helped write this version of the plan, so another officer must agree it.");
