using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Complaints;

namespace CarePlanGraph.Api.Complaints;

public sealed class ComplaintStatusType() : DescribedEnumType<ComplaintStatus>(
    "ComplaintStatus",
    "Where a complaint stands with Customer Services (R25): RECEIVED → ACKNOWLEDGED → RESPONDED → CLOSED.",
    new Dictionary<ComplaintStatus, string>
    {
        [ComplaintStatus.Received] = "Made; Customer Services acknowledges it within 3 working days (`acknowledgementDue`).",
        [ComplaintStatus.Acknowledged] = "Acknowledged; being looked into.",
        [ComplaintStatus.Responded] = "Responded to, with conclusions, actions and the right to go to the Local Government and Social Care Ombudsman.",
        [ComplaintStatus.Closed] = "Closed.",
    });
