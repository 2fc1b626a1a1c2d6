using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class UnmetNeedErrorType : AgreementCheckErrorGraphType<UnmetNeedError>
{
    public UnmetNeedErrorType()
        : base("UnmetNeedError", "R11: an eligible need in the assessment is not met by any support item. Add its ID to an item's `needsMet`, or add an item that meets it.")
    {
        Field<NonNullGraphType<EligibleNeedType>>("need")
            .Description("The eligible need no item meets.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ByIdLoader<EligibleNeed>>().Load(c.Source.NeedId));
    }
}
