namespace CarePlanGraph.Domain.Common;

/// <summary>A piece of text is longer than the model accepts.</summary>
public sealed record TextTooLongError(string Field, int MaximumLength, int ActualLength)
    : DomainError("TEXT_TOO_LONG", $"{Field} is {ActualLength} characters long; the most it can be is {MaximumLength}.");
