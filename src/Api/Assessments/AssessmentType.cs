using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Assessments;
using GraphQL.Types;

namespace CarePlanGraph.Api.Assessments;

public sealed class AssessmentType : NodeGraphType<Assessment>
{
    public AssessmentType()
        : base("Assessment", "A needs assessment: the person's eligible needs, the outcomes they want, the risks identified, and the indicative personal budget allocated from it. A plan is written against one assessment.", a => a.Id.Value)
    {
        Field<NonNullGraphType<DateType>>("completedOn").Description("The day the assessment was completed.").Resolve(c => c.Source.CompletedOn);
        Field<MoneyType>("indicativeBudget").Description("The indicative personal budget a year, allocated before the plan is written. Not for providers (R27).").Policy(FieldPolicies.NotForProviders).Resolve(c => c.Source.IndicativeBudget);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EligibleNeedType>>>>("eligibleNeeds").Description("The eligible needs the plan must meet.").Resolve(c => c.Source.Needs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DesiredOutcomeType>>>>("outcomes").Description("The outcomes the person wants to achieve.").Resolve(c => c.Source.Outcomes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdentifiedRiskType>>>>("risks").Description("The risks identified.").Resolve(c => c.Source.Risks);
    }
}
