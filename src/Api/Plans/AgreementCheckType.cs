using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Agreement;

namespace CarePlanGraph.Api.Plans;

public sealed class AgreementCheckType() : DescribedEnumType<AgreementCheck>(
    "AgreementCheck",
    "The automatic checks a plan version must pass before the council can agree it (R08–R14), in the order they are reported. `PlanVersion.agreementChecks` shows them live; `agreePlan` refuses with every failure.",
    new Dictionary<AgreementCheck, string>
    {
        [AgreementCheck.Complete] = "R08 Complete: all seven questions are answered (blank or whitespace counts as unanswered).",
        [AgreementCheck.Affordable] = "R09 Affordable: the total annual cost is within the allocated personal budget.",
        [AgreementCheck.Arranged] = "R10 Arranged: there is at least one support item, and every item says how it is arranged and who provides it.",
        [AgreementCheck.Effective] = "R11 Effective: every eligible need and every desired outcome in the assessment is met by at least one support item.",
        [AgreementCheck.RisksConsidered] = "R12 Risks considered: every identified risk has a mitigation, and significant risks have a favourable Risk Management Panel decision.",
        [AgreementCheck.OwnDecisions] = "R13 Own decisions: a best-interests confirmation when someone else completed the plan, and the person's confirmation that the decisions are theirs when others helped.",
        [AgreementCheck.Lawful] = "R14 Lawful: no Direct Payment pays a spouse or partner, or a close relative living with the person, unless the council recorded that it is necessary.",
    });
