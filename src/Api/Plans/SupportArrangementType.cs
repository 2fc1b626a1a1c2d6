using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans;

public sealed class SupportArrangementType() : DescribedEnumType<SupportArrangement>(
    "SupportArrangement",
    "How a support item is arranged. Every item must say, and say who provides it, before the plan can be agreed.",
    new Dictionary<SupportArrangement, string>
    {
        [SupportArrangement.DirectPayment] = "The person buys it with a Direct Payment.",
        [SupportArrangement.CouncilArranged] = "The council arranges and pays for it.",
        [SupportArrangement.IndividualServiceFund] = "A provider holds and manages the money for the person (Individual Service Fund).",
        [SupportArrangement.OrganisationHelps] = "An organisation helps the person arrange it.",
        [SupportArrangement.SelfOrFamilyOrganised] = "The person, or their family or friends, organise it.",
    });
