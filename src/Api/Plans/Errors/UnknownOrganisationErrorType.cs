using CarePlanGraph.Api.Graph.Relay;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class UnknownOrganisationErrorType : DomainErrorGraphType<UnknownOrganisationError>
{
    public UnknownOrganisationErrorType()
        : base("UnknownOrganisationError", "R13: the helper's `organisationId` is not an organisation the council knows. Use the ID of a known organisation, or leave it out for family or friends.")
    {
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The organisation ID that was given.").Resolve(c => NodeId.Encode("Organisation", c.Source.OrganisationId.Value));
    }
}
