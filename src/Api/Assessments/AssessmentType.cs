using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
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
        Field<NonNullGraphType<DateType>>("completedOn").Description("The day the assessment (this version of it) was completed.").Resolve(c => c.Source.CompletedOn);
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version number (R31): 1 for the first assessment, one more each time it is reviewed.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<BooleanGraphType>>("isCurrent").Description("True for the newest version: the one plans are checked against and `startPlan` and `reviseAssessment` accept (R31).").Resolve(c => c.Source.IsCurrent);
        Field<AssessmentType>("previousVersion")
            .Description("The version this review replaced; null for a first assessment.")
            .Resolve()
            .WithService<AssessmentByIdLoader>()
            .Resolve((c, assessments) => c.Source.PreviousVersionId is { } id ? assessments.Load(id) : null);
        Field<AssessmentType>("supersededBy")
            .Description("The newer version that replaced this one when the assessment was reviewed; null while this is the newest (`isCurrent`).")
            .Resolve()
            .WithService<AssessmentByIdLoader>()
            .Resolve((c, assessments) => c.Source.SupersededById is { } id ? assessments.Load(id) : null);
        Field<StringGraphType>("recordedBy").Description("The name of the council officer who recorded this version; null for assessments recorded before this was kept.").Resolve(c => c.Source.RecordedBy);
        Field<MoneyType>("assessedContribution").Description("What the financial assessment says the person pays towards their support a year. Not for providers (R27).").Policy(FieldPolicies.NotForProviders).Resolve(c => c.Source.AssessedContribution);
        Field<MoneyType>("indicativeBudget").Description("The indicative personal budget a year, allocated before the plan is written. Not for providers (R27).").Policy(FieldPolicies.NotForProviders).Resolve(c => c.Source.IndicativeBudget);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EligibleNeedType>>>>("eligibleNeeds").Description("The eligible needs the plan must meet.").Resolve(c => c.Source.Needs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DesiredOutcomeType>>>>("outcomes").Description("The outcomes the person wants to achieve.").Resolve(c => c.Source.Outcomes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdentifiedRiskType>>>>("risks").Description("The risks identified.").Resolve(c => c.Source.Risks);
    }
}
