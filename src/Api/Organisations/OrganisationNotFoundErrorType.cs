using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Plans.Errors;
using GraphQL.Types;

namespace CarePlanGraph.Api.Organisations;

public sealed class OrganisationNotFoundErrorType : DomainErrorGraphType<OrganisationNotFoundError>
{
    public OrganisationNotFoundErrorType()
        : base("OrganisationNotFoundError", "The organisation ID given is not one the council knows. Use an `Organisation.id`.")
    {
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The organisation ID that was given.").Resolve(c => NodeId.Encode("Organisation", c.Source.OrganisationId.Value));
    }
}
