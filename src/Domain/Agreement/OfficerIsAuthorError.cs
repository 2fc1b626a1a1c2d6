using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R15: the officer started or wrote part of this version, so someone else must agree it.</summary>
public sealed record OfficerIsAuthorError(string OfficerSubject, string OfficerName)
    : DomainError("OFFICER_IS_AUTHOR", $"{OfficerName} helped write this version of the plan, so another officer must agree it.");
