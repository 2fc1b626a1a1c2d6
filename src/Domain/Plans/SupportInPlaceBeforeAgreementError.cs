using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>Support cannot have been in place under this plan before the plan was agreed (R19).</summary>
[Description("R19: support cannot have been in place under this plan before the plan was agreed. Give a date on or after `agreedOn`.")]
public sealed record SupportInPlaceBeforeAgreementError(
    [property: Description("The date given.")] DateOnly InPlaceOn,
    [property: Description("The day the version in force was agreed.")] DateOnly AgreedOn)
    : DomainError("SUPPORT_IN_PLACE_BEFORE_AGREEMENT", $"Support cannot be in place on {InPlaceOn:yyyy-MM-dd}, before the plan was agreed on {AgreedOn:yyyy-MM-dd}.");
