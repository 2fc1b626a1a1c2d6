using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Complaints;

/// <summary>R25: the complaint's status does not allow this now (e.g. responding before acknowledging).</summary>
[Description("R25: the complaint's status does not allow this now: it is acknowledged, then responded to, then closed, in that order.")]
public sealed record InvalidComplaintStateError(
    [property: Description("The complaint's status when it was refused.")] ComplaintStatus Status,
    [property: Description("What was refused, in words.")] string Action)
    : DomainError("INVALID_COMPLAINT_STATE", $"A complaint that is {PlainEnglish.Describe(Status)} cannot {PlainEnglish.Clause(Action)}.");
