using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>Support cannot be recorded as in place on a day that has not come yet (R19).</summary>
[Description("R19: support cannot be recorded as in place on a day that has not come yet. Record it on or after the day it is in place, with a date no later than `today`.")]
public sealed record SupportInPlaceInFutureError(
    [property: Description("The date given.")] DateOnly InPlaceOn,
    [property: Description("Today, as the council counts days (UTC).")] DateOnly Today)
    : DomainError("SUPPORT_IN_PLACE_IN_FUTURE", $"Support cannot be recorded as in place on {InPlaceOn:yyyy-MM-dd}, which is after today ({Today:yyyy-MM-dd}).");
