namespace CarePlanGraph.Domain.Safeguarding;

/// <summary>
/// What the person who raised a safety concern is told (R24): that it has reached the safeguarding team, with a
/// reference to quote. It is all they get back: the concern itself is seen by the safeguarding team only.
/// </summary>
public sealed record SafetyConcernAcknowledgement(string Reference, DateTimeOffset ReceivedAt, string Message);
