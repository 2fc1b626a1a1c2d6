using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class UnmitigatedRiskErrorType : AgreementCheckErrorGraphType<UnmitigatedRiskError>
{
    public UnmitigatedRiskErrorType()
        : base("UnmitigatedRiskError", "R12: a risk identified in the assessment has no mitigation on this version. Record one with `recordRiskMitigation`.")
    {
        Field<NonNullGraphType<IdentifiedRiskType>>("risk")
            .Description("The risk the plan does not yet say how it will manage.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ByIdLoader<IdentifiedRisk>>().Load(c.Source.RiskId));
    }
}
