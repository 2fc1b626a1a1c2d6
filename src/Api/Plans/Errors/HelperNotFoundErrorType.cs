using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class HelperNotFoundErrorType : DomainErrorGraphType<HelperNotFoundError>
{
    public HelperNotFoundErrorType()
        : base("HelperNotFoundError", "The helper is not recorded on the version being edited (the current version of the plan). Use an ID from `currentVersion.helpers`.")
    {
        Field<NonNullGraphType<IdGraphType>>("helperId").Description("The helper ID that was given.").Resolve(c => NodeId.Encode(PlanHelperType.TypeName, c.Source.HelperId.Value));
    }
}
