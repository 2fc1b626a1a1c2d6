using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Plans.Errors;
using GraphQL.Types;

namespace CarePlanGraph.Api.Safeguarding;

public sealed class SafetyConcernNotFoundErrorType : DomainErrorGraphType<SafetyConcernNotFoundError>
{
    public SafetyConcernNotFoundErrorType()
        : base("SafetyConcernNotFoundError", "No safety concern with this ID that you may see. Only the safeguarding team sees safety concerns.")
    {
        Field<NonNullGraphType<IdGraphType>>("safetyConcernId").Description("The ID that was given.").Resolve(c => NodeId.Encode("SafetyConcern", c.Source.ConcernId.Value));
    }
}
