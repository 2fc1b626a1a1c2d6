using System.ComponentModel;

namespace CarePlanGraph.Domain.Common;

/// <summary>A piece of text is longer than the model accepts.</summary>
[Description("A piece of text (or list) is longer than the model accepts. Shorten the input field named in `field`.")]
public sealed record TextTooLongError(
    [property: Description("The input field that is too long, e.g. `answer3`.")] string Field,
    [property: Description("The most characters (or entries) it may hold, after trimming.")] int MaximumLength,
    [property: Description("How many it holds, after trimming.")] int ActualLength)
    : DomainError("TEXT_TOO_LONG", $"{Field} is {ActualLength} characters long; the most it can be is {MaximumLength}.");
