using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

public sealed class PlanVersionType : NodeGraphType<PlanVersion>
{
    public PlanVersionType()
        : base("PlanVersion", "One version of a plan. An agreed version is never edited: a change is a new revision with the next number.", v => v.Id.Value)
    {
        Field<NonNullGraphType<IntGraphType>>("number").Description("1 for the first plan, then 2, 3 … for each revision.").Resolve(c => c.Source.Number);
        Field<NonNullGraphType<VersionStatusType>>("status").Description("Where this version stands.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<PlanPreparedByType>>("preparedBy").Description("Who prepared this version.").Resolve(c => c.Source.PreparedBy);
        Field<NonNullGraphType<PlanAnswersType>>("answers").Description("The answers to the seven questions.").Resolve(c => c.Source.Answers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportItemType>>>>("supportItems")
            .Description("The support this version buys or arranges, in the order it was added. A provider sees only the items it provides (R27).")
            // Plans carry 5 to 15 items; the cost estimate takes the high end.
            .AssumedListSize(15)
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var caller = await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return AccessScope.VisibleItems(caller, c.Source.SupportItems).OrderBy(i => i.Position);
            });
        Field<NonNullGraphType<MoneyType>>("totalAnnualCost")
            .Description("The total annual cost (52-week year) of the items you may see: every item, except that a provider's total is of its own items only (R27), so no competitor's price can be worked out from it.")
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) => VisibleTotal(await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false), c.Source));
        Field<NonNullGraphType<IntGraphType>>("revision").Description("Counts edits to this version. Pass it back as `expectedRevision` so a stale edit is refused instead of overwriting someone else's.").Resolve(c => c.Source.EditRevision);
        Field<NonNullGraphType<DateTimeType>>("createdAt").Description("When this version was started.").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeType>("submittedAt").Description("When it was last sent for agreement, if it has been.").Resolve(c => c.Source.SubmittedAt);
        Field<DateTimeType>("agreedAt").Description("When it was agreed, if it has been.").Resolve(c => c.Source.AgreedAt);
        Field<DateType>("inForceFrom").Description("R18: the day this version came into force: the day it was agreed. Support already in place carries on under it from then, with the same review schedule. Null until it is agreed.").Resolve(c => c.Source.InForceFrom);
        Field<NonNullGraphType<BooleanGraphType>>("isEditable").Description("True while the version is DRAFT or CHANGES_REQUIRED: only then do edits succeed, and only on the plan's current version.").Resolve(c => c.Source.IsEditable);
        Field<NonNullGraphType<StringGraphType>>("authorName").Description("Who started this version; they, and anyone who changed its content, may not agree it (R15).").Resolve(c => c.Source.AuthorName);
        Field<DateTimeType>("lastEditedAt").Description("When the content (answers, items, helpers, mitigations) was last changed; null if never.").Resolve(c => c.Source.LastEditedAt);
        Field<NonNullGraphType<MoneyType>>("totalWeeklyCost")
            .Description("`totalAnnualCost` spread over 52 weeks, to the nearest penny: for a provider, of its own items only (R27).")
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) => VisibleTotal(await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false), c.Source).DivideRounded(CostFrequencyExtensions.WeeksInYear));
        Field<NonNullGraphType<ManagementOptionType>>("managementOption").Description("How the support as a whole is managed, derived from how the items are arranged (R10). A provider's is derived from its own items only (R27): how the support it provides is managed, not how the person's other support is paid for.").Resolve(c => c.Source.ManagementOption);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanHelperType>>>>("helpers").Description("Who helped write this version (R13), in the order they were recorded.").Resolve(c => c.Source.Helpers.OrderBy(h => h.AddedAt));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskMitigationType>>>>("riskMitigations").Description("How this version manages each risk identified in the assessment (R12).").Resolve(c => c.Source.RiskMitigations.OrderBy(m => m.RecordedAt));
        Field<NonNullGraphType<BooleanGraphType>>("requiresBestInterestsConfirmation").Description("R13: someone other than the person completed this version, so a best-interests confirmation is needed before agreement.").Resolve(c => c.Source.RequiresBestInterestsConfirmation);
        Field<PlanConfirmationType>("bestInterestsConfirmation").Description("R13: the confirmation that whoever completed the plan acted in the person's best interests; null until recorded, and withdrawn by any later edit.").Resolve(c => c.Source.BestInterestsConfirmation);
        Field<NonNullGraphType<BooleanGraphType>>("requiresOwnDecisionsConfirmation").Description("R13: others helped, so the person must confirm that the decisions are their own before agreement.").Resolve(c => c.Source.RequiresOwnDecisionsConfirmation);
        Field<PlanConfirmationType>("ownDecisionsConfirmation").Description("R13: the person's confirmation that the decisions are their own; null until recorded, and withdrawn by any later edit.").Resolve(c => c.Source.OwnDecisionsConfirmation);
        Field<ListGraphType<NonNullGraphType<PlanDecisionType>>>("decisions")
            .Policy(FieldPolicies.NotForProviders)
            .Description("The assessing officer's decisions on this version, one per submission, oldest first (R15–R17). Not for providers (R27): null for them, with an AUTH_FIELD_FORBIDDEN error.")
            .Resolve(c => c.Source.Decisions.OrderBy(d => d.DecidedAt));
        Field<PlanDecisionType>("latestDecision")
            .Policy(FieldPolicies.NotForProviders)
            .Description("The most recent decision on this version, if any: after a decline, its reasons and required changes. Not for providers (R27).")
            .Resolve(c => c.Source.LatestDecision);
        Field<PersonalBudgetType>("budget")
            .Policy(FieldPolicies.NotForProviders)
            .Description("This version's personal budget statement: its costs against the indicative budget, or against the final budget once agreed. Not for providers (R27): null for them, with an AUTH_FIELD_FORBIDDEN error.")
            .Resolve()
            .WithService<ByIdLoader<CarePlan>>()
            .Resolve((c, plans) => plans.Load(c.Source.PlanId).Then(plan => PersonalBudgetView.For(plan!, c.Source)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementCheckResultType>>>>("agreementChecks")
            .Description("The automatic agreement checks (R08–R14) evaluated on this version now, one result per check in `AgreementCheck` order. "
                + "Show them to the person and their planner before they submit: `agreePlan` refuses with exactly these failures. "
                + "Empty for providers and carers (R27, R33): the checks speak of the budget, needs and risks, and the contract keeps this list non-null.")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<ByIdLoader<CarePlan>>()
            .WithService<AssessmentByIdLoader>()
            .ResolveAsync(async (c, scope, plans, assessments) =>
            {
                var version = c.Source;
                var caller = await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return AccessScope.KeptFromMoneyAndDecisions(caller)
                    ? Array.Empty<AgreementCheckResult>()
                    : plans.Load(version.PlanId).Then(plan => assessments.Load(plan!.AssessmentId)
                        .Then(assessment => AgreementEvaluation.Evaluate(plan, version, assessment!).Checks));
            });
    }

    /// <summary>The annual total of the items the caller may see (R27): the version's total for everyone but a provider.</summary>
    private static Money VisibleTotal(Caller caller, PlanVersion version) =>
        AccessScope.VisibleItems(caller, version.SupportItems).Aggregate(Money.Zero, (sum, item) => sum + item.AnnualCost);
}
