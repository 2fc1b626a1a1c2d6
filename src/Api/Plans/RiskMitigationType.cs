using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Risks;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

public sealed class RiskMitigationType : ObjectGraphType<RiskMitigation>
{
    public RiskMitigationType()
    {
        Name = "RiskMitigation";
        Description = "How this version manages one risk identified in the assessment (R12). At most one per risk; `recordRiskMitigation` replaces it.";
        Field<NonNullGraphType<IdentifiedRiskType>>("risk")
            .Description("The risk in the plan's assessment this mitigates.")
            .Resolve()
            .WithService<ByIdLoader<IdentifiedRisk>>()
            .Resolve((c, risks) => risks.Load(c.Source.RiskId));
        Field<NonNullGraphType<StringGraphType>>("mitigation").Description("What will be done to manage the risk, and how the person is aware of any implications.").Resolve(c => c.Source.Mitigation);
        Field<NonNullGraphType<StringGraphType>>("recordedByName").Description("Who wrote it.").Resolve(c => c.Source.RecordedByName);
        Field<NonNullGraphType<DateTimeType>>("recordedAt").Description("When it was written.").Resolve(c => c.Source.RecordedAt);
    }
}
