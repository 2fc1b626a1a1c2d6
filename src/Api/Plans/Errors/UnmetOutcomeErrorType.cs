using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class UnmetOutcomeErrorType : AgreementCheckErrorGraphType<UnmetOutcomeError>
{
    public UnmetOutcomeErrorType()
        : base("UnmetOutcomeError", "R11: an outcome the person wants is not served by any support item. Add its ID to an item's `outcomesMet`.")
    {
        Field<NonNullGraphType<DesiredOutcomeType>>("outcome")
            .Description("The desired outcome no item works towards.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ByIdLoader<DesiredOutcome>>().Load(c.Source.OutcomeId));
    }
}
