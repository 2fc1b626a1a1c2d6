using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A support item's quantity is outside what its frequency allows (R04, <see cref="SupportItemLimits"/>).</summary>
[Description("R04: the quantity is impossible for the frequency (e.g. more than 168 hours a week). Check `quantity` against `minimum` and `maximum`.")]
public sealed record QuantityOutOfRangeError(
    [property: Description("The quantity given.")] int Quantity,
    [property: Description("The frequency given.")] CostFrequency Frequency,
    [property: Description("The smallest quantity allowed.")] int Minimum,
    [property: Description("The largest quantity this frequency allows.")] int Maximum)
    : DomainError("QUANTITY_OUT_OF_RANGE", $"A quantity of {Quantity} is not possible for a {PlainEnglish.Describe(Frequency)} item: it must be from {Minimum} to {Maximum}.");
