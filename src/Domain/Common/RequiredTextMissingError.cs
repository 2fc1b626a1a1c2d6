namespace CarePlanGraph.Domain.Common;

/// <summary>A piece of text the rules require is missing, empty or only whitespace.</summary>
public sealed record RequiredTextMissingError(string Field)
    : DomainError("REQUIRED_TEXT_MISSING", $"{Field} is required and cannot be blank.");
