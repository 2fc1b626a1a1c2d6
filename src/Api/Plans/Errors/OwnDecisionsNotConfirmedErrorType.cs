using CarePlanGraph.Domain.Agreement;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class OwnDecisionsNotConfirmedErrorType : AgreementCheckErrorGraphType<OwnDecisionsNotConfirmedError>
{
    public OwnDecisionsNotConfirmedErrorType()
        : base("OwnDecisionsNotConfirmedError", "R13: others helped with the plan, and the person has not confirmed that the decisions in it are their own. The person confirms with `confirmOwnDecisions`; any later edit withdraws the confirmation.")
    {
        Field<NonNullGraphType<PlanPreparedByType>>("preparedBy").Description("Who prepared the version.").Resolve(c => c.Source.PreparedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("helpers").Description("The names of the helpers recorded on the version.").Resolve(c => c.Source.Helpers);
    }
}
