using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>Support cannot have been in place under this plan before the plan was agreed (R19).</summary>
public sealed record SupportInPlaceBeforeAgreementError(DateOnly InPlaceOn, DateOnly AgreedOn)
    : DomainError("SUPPORT_IN_PLACE_BEFORE_AGREEMENT", $"Support cannot be in place on {InPlaceOn:yyyy-MM-dd}, before the plan was agreed on {AgreedOn:yyyy-MM-dd}.");
