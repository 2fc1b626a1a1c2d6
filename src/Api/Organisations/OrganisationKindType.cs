using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Api.Organisations;

public sealed class OrganisationKindType() : DescribedEnumType<OrganisationKind>(
    "OrganisationKind",
    "What an outside organisation does for people.",
    new Dictionary<OrganisationKind, string>
    {
        [OrganisationKind.ServiceProvider] = "Delivers support items, e.g. home care or day services.",
        [OrganisationKind.SupportPlanner] = "Independent support planning: helps people write plans and set up support.",
        [OrganisationKind.Advocacy] = "Independent advocacy: speaks for the person.",
    });
