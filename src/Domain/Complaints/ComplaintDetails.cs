namespace CarePlanGraph.Domain.Complaints;

/// <summary>
/// What a complaint says (R25): what it is about (a decision about the plan, say), the details, and when the matter
/// happened; left out, the date of the plan's latest decision (or the day it is made).
/// </summary>
public sealed record ComplaintDetails(string About, string Details, DateOnly? MatterOccurredOn = null)
{
    public const int MaxAboutLength = 200;

    public const int MaxDetailsLength = 4000;
}
