using System.ComponentModel;

namespace CarePlanGraph.Domain.Common;

/// <summary>A piece of text the rules require is missing, empty or only whitespace.</summary>
[Description("A piece of text the rules require is missing, empty or only whitespace. Fill in the input field named in `field`.")]
public sealed record RequiredTextMissingError(
    [property: Description("The input field that needs text, e.g. `rationale`.")] string Field)
    : DomainError("REQUIRED_TEXT_MISSING", $"{Field} is required and cannot be blank.");
