using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.Assessments;
using GraphQL.Types;

namespace CarePlanGraph.Api.Assessments;

public sealed class DesiredOutcomeType : ObjectGraphType<DesiredOutcome>
{
    public DesiredOutcomeType()
    {
        Name = "DesiredOutcome";
        Description = "An outcome the person wants to achieve, recorded at assessment. Every one must be served by at least one support item.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The outcome's ID; pass it in a support item's `outcomesMet`.").Resolve(c => NodeId.Encode(Name, c.Source.Id.Value));
        Field<NonNullGraphType<StringGraphType>>("description").Description("The outcome in the person's words.").Resolve(c => c.Source.Description);
    }
}
