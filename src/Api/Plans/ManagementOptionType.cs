using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans;

public sealed class ManagementOptionType() : DescribedEnumType<ManagementOption>(
    "ManagementOption",
    "How the person's support as a whole is managed, derived from how its items are arranged (R10).",
    new Dictionary<ManagementOption, string>
    {
        [ManagementOption.NotDecided] = "No item says how it is arranged yet.",
        [ManagementOption.DirectPayment] = "Every arranged item is paid for by Direct Payment (including those the person, their family or an organisation organises).",
        [ManagementOption.CouncilManaged] = "Every arranged item is arranged by the council.",
        [ManagementOption.IndividualServiceFund] = "Every arranged item is managed by a provider as an Individual Service Fund.",
        [ManagementOption.Combination] = "Items are managed in more than one of these ways.",
    });
