using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.Assessments;
using GraphQL.Types;

namespace CarePlanGraph.Api.Assessments;

public sealed class EligibleNeedType : ObjectGraphType<EligibleNeed>
{
    public EligibleNeedType()
    {
        Name = "EligibleNeed";
        Description = "An eligible need identified in the assessment. Every one must be met by at least one support item before a plan can be agreed.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The need's ID; pass it in a support item's `needsMet`.").Resolve(c => NodeId.Encode(Name, c.Source.Id.Value));
        Field<NonNullGraphType<EligibilityOutcomeType>>("area").Description("Which specified outcome the person cannot achieve without support.").Resolve(c => c.Source.Area);
        Field<NonNullGraphType<StringGraphType>>("description").Description("The need in the assessment's words.").Resolve(c => c.Source.Description);
    }
}
