using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Organisations;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Advocacy;
using GraphQL.Types;

namespace CarePlanGraph.Api.Advocacy;

public sealed class NotAnAdvocacyOrganisationErrorType : DomainErrorGraphType<NotAnAdvocacyOrganisationError>
{
    public NotAnAdvocacyOrganisationErrorType()
        : base("NotAnAdvocacyOrganisationError", "R22: an advocate is assigned from an independent advocacy organisation (kind ADVOCACY), and this is not one.")
    {
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The organisation given.").Resolve(c => NodeId.Encode("Organisation", c.Source.OrganisationId.Value));
        Field<NonNullGraphType<OrganisationKindType>>("kind").Description("What that organisation is.").Resolve(c => c.Source.Kind);
    }
}
