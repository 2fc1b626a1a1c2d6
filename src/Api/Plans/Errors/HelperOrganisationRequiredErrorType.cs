using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class HelperOrganisationRequiredErrorType : DomainErrorGraphType<HelperOrganisationRequiredError>
{
    public HelperOrganisationRequiredErrorType()
        : base("HelperOrganisationRequiredError", "R13, R28: this kind of helper (an independent support planner) works for an organisation the council knows, and `organisationId` must name it.")
    {
        Field<NonNullGraphType<HelperKindType>>("kind").Description("The kind of helper given.").Resolve(c => c.Source.Kind);
    }
}
