using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.People;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

public sealed class CarePlanType : NodeGraphType<CarePlan>
{
    public CarePlanType(IEnumerable<ITypeExtension<CarePlanType>> extensions)
        : base("CarePlan", "A person's care and support plan: how their eligible needs will be met, with what personal budget, agreed by the council and reviewed over time.", p => p.Id.Value)
    {
        Field<NonNullGraphType<PersonType>>("person")
            .Description("The person the plan is for.")
            .Resolve()
            .WithService<ByIdLoader<Person>>()
            .Resolve((c, people) => people.Load(c.Source.PersonId));
        Field<NonNullGraphType<AssessmentType>>("assessment")
            .Description("The assessment the plan is written against.")
            .Resolve()
            .WithService<AssessmentByIdLoader>()
            .Resolve((c, assessments) => assessments.Load(c.Source.AssessmentId));
        Field<NonNullGraphType<PlanStatusType>>("status").Description("Where the plan stands.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<PlanVersionType>>("currentVersion")
            .Description("The version being worked on, or the one in force when nothing is being worked on (a withdrawn revision is neither). A provider sees only the version in force: drafts are not theirs to see (R27).")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<VersionsByPlanLoader>()
            .ResolveAsync(async (c, scope, loader) => (await VisibleVersionsAsync(c, scope, loader).ConfigureAwait(false)).Then(versions => CarePlan.CurrentOf(versions)));
        Field<PlanVersionType>("agreedVersion")
            .Description("The version in force: the last one agreed. Null until a version is agreed. A declined revision leaves it unchanged.")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<VersionsByPlanLoader>()
            .ResolveAsync(async (c, scope, loader) => (await VisibleVersionsAsync(c, scope, loader).ConfigureAwait(false)).Then(versions => versions.Where(v => v.Status == VersionStatus.Agreed).MaxBy(v => v.Number)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanVersionType>>>>("versions")
            .Description("Every version, oldest first. A provider sees only the version in force (R27).")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<VersionsByPlanLoader>()
            .ResolveAsync(async (c, scope, loader) => await VisibleVersionsAsync(c, scope, loader).ConfigureAwait(false));
        Field<PersonalBudgetType>("budget")
            .Policy(FieldPolicies.NotForProviders)
            .Description("The personal budget statement (R02) of the version in force, or of the version being worked on before any is agreed: the indicative or final budget, the total cost, and the person's and council's shares, a year and a week. Not for providers (R27).")
            .Resolve()
            .WithService<VersionsByPlanLoader>()
            .Resolve((c, loader) => Versions(loader, c.Source).Then(versions =>
                (versions.Where(v => v.Status == VersionStatus.Agreed).MaxBy(v => v.Number) ?? versions.MaxBy(v => v.Number)) is { } version
                    ? PersonalBudgetView.For(c.Source, version)
                    : null));
        Field<PersonsCopyType>("personsCopy")
            .Policy(FieldPolicies.NotForProviders)
            .Description("R16: the person's copy of the version in force, setting out exactly how the personal budget will be spent. Null until a version is agreed. Not for providers (R27).")
            .Resolve()
            .WithService<PlanAggregateLoader>()
            .WithService<AssessmentByIdLoader>()
            .Resolve((c, plans, assessments) => plans.Load(c.Source.Id)
                .Then(plan => plan?.AgreedVersion is null
                    ? null
                    : assessments.Load(plan.AssessmentId).Then(assessment => plan.PersonsCopy(assessment!).Value is { } copy ? new PersonsCopyView(plan, copy) : null)));
        Field<NonNullGraphType<BooleanGraphType>>("revisionInProgress")
            .Description("R18: true while a revision of the agreed plan is being written or considered; the agreed version stays in force until the revision is agreed.")
            .Resolve()
            .WithService<VersionsByPlanLoader>()
            .Resolve((c, loader) => Versions(loader, c.Source).Then(versions =>
                versions.Where(v => v.Status == VersionStatus.Agreed).MaxBy(v => v.Number) is { } agreed
                && CarePlan.CurrentOf(versions) is { } current
                && current.Number > agreed.Number
                && current.Status is VersionStatus.Draft or VersionStatus.Submitted or VersionStatus.ChangesRequired));
        Field<RiskPanelDecisionType>("riskPanelDecision")
            .Policy(FieldPolicies.NotForProviders)
            .Description("R12, R23: the Risk Management Panel's latest decision on the plan's significant risks, if any. Its reasons are about the person's health: not for providers (null, with an AUTH_FIELD_FORBIDDEN error; R27).").Resolve(c => c.Source.RiskPanelDecision);
        Field<DateType>("supportInPlaceOn").Description("The day the agreed support was in place, once it is.").Resolve(c => c.Source.SupportInPlaceOn);
        Field<DateType>("nextReviewDue").Description("When the next review is due: 6 to 12 weeks after support is in place, then each year.").Resolve(c => c.Source.NextReviewDue);
        Field<NonNullGraphType<DateTimeType>>("createdAt").Description("When the plan was started.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanEventType>>>>("history")
            .Description("Every event in the plan's life, oldest first.")
            // A plan gathers events with each version, decision and review: about 20 in its first years.
            .AssumedListSize(20)
            .Resolve()
            .WithService<HistoryByPlanLoader>()
            .Resolve((c, history) => history.Load(c.Source.Id).Then(events => events ?? []));

        // Reviews, advocacy, the Risk Management Panel referral and complaints (R17, R20–R25) add their own fields.
        ArgumentNullException.ThrowIfNull(extensions);
        foreach (var extension in extensions)
        {
            extension.Extend(this);
        }
    }

    /// <summary>The plan's versions the caller may see (R27: a provider sees only the version in force).</summary>
    private static async Task<GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<PlanVersion>>> VisibleVersionsAsync(
        GraphQL.IResolveFieldContext<CarePlan> context, AccessScope scope, VersionsByPlanLoader loader)
    {
        var caller = await scope.RequireCallerAsync(context.CancellationToken).ConfigureAwait(false);
        return Versions(loader, context.Source).Then(versions => AccessScope.VisibleVersions(caller, versions));
    }

    private static GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<PlanVersion>> Versions(VersionsByPlanLoader loader, CarePlan plan) =>
        loader.Load(plan.Id).Then(versions => versions ?? []);
}
