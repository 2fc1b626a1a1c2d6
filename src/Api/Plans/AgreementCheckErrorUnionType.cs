using CarePlanGraph.Api.Errors;
using CarePlanGraph.Api.Plans.Errors;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

/// <summary>Every reason an automatic agreement check can fail; the same types <c>agreePlan</c> returns.</summary>
public sealed class AgreementCheckErrorUnionType : UnionGraphType
{
    public AgreementCheckErrorUnionType()
    {
        Name = "AgreementCheckError";
        Description = "One reason an automatic agreement check (R08–R14) fails. Each member implements `Error` and has `check`; `agreePlan` returns the same types.";
        foreach (var type in PlanErrorTypes.AgreementChecks)
        {
            Type(ErrorGraphTypes.Of(type));
        }
    }
}
