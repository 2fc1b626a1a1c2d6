using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Complaints;

/// <summary>R17: the record of a meeting says who came, and it names no one.</summary>
[Description("R17: the record of a meeting with all key staff says who came; name at least one person and their role.")]
public sealed record NoAttendeesError()
    : DomainError("NO_ATTENDEES", "Say who came to the meeting: at least one name and role.");
