using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Api.Carers;

public sealed class CarerConsentType() : DescribedEnumType<CarerConsent>(
    "CarerConsent",
    "What the person has agreed a carer may see (R26, R33). Money, the financial assessment, decision notes, complaints, safeguarding and advocacy notes are never shared with carers.",
    new Dictionary<CarerConsent, string>
    {
        [CarerConsent.Plan] = "The plan in force: its status, the agreed version and its support items, and when it is next reviewed. Required: every carer is recorded with it.",
        [CarerConsent.Reviews] = "The plan's reviews and review requests. Without it a carer still sees a review the person invited them to, and the requests they made.",
    });
