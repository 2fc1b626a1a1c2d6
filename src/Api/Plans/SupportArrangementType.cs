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
        [SupportArrangement.SelfOrFamilyOrganised] = "The person, or their family or friends, organise it; it is paid for with the person's Direct Payment (so a relative paid this way is checked under the Direct Payment rules).",
        [SupportArrangement.Unpaid] = "Unpaid support given freely by family, friends, carers or the community: name the giver in providerName, and give a unit cost of 0 (any other cost is refused with UnpaidSupportCostError). It meets needs and outcomes but is not paid for from the budget, so it does not change the plan's management option or the budget's total cost.",
    });
