using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Domain.CheckIns;

/// <summary>
/// What the Key Worker records of a check-in (R32): when they spoke with the person, how the person is doing, whether
/// changes to the support are needed, and, when they are, the grounds of a review to ask for in the same step (R21).
/// </summary>
public sealed record CheckInDetails(
    DateTimeOffset OccurredAt,
    string HowThePersonIsDoing,
    bool ChangesNeeded,
    IReadOnlyCollection<ReviewGround>? ReviewGrounds = null);
