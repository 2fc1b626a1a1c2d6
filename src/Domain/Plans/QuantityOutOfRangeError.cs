using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A support item's quantity is outside what its frequency allows (R04, <see cref="SupportItemLimits"/>).</summary>
public sealed record QuantityOutOfRangeError(int Quantity, CostFrequency Frequency, int Minimum, int Maximum)
    : DomainError("QUANTITY_OUT_OF_RANGE", $"A quantity of {Quantity} is not possible for a {Frequency} item: it must be from {Minimum} to {Maximum}.");
