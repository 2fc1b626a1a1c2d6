using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.People;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Plans;

public sealed class CarePlanType : NodeGraphType<CarePlan>
{
    public CarePlanType()
        : base("CarePlan", "A person's care and support plan: how their eligible needs will be met, with what personal budget, agreed by the council and reviewed over time.", p => p.Id.Value)
    {
        Field<NonNullGraphType<PersonType>>("person")
            .Description("The person the plan is for.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ByIdLoader<Person>>().Load(c.Source.PersonId));
        Field<NonNullGraphType<AssessmentType>>("assessment")
            .Description("The assessment the plan is written against.")
            .Resolve(c => c.RequestServices!.GetRequiredService<AssessmentByIdLoader>().Load(c.Source.AssessmentId));
        Field<NonNullGraphType<PlanStatusType>>("status").Description("Where the plan stands.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<PlanVersionType>>("currentVersion")
            .Description("The version being worked on, or the one in force when nothing is being worked on.")
            .Resolve(c => Versions(c.RequestServices!, c.Source).Then(versions => versions.MaxBy(v => v.Number)));
        Field<PlanVersionType>("agreedVersion")
            .Description("The version in force: the last one agreed. Null until a version is agreed. A declined revision leaves it unchanged.")
            .Resolve(c => Versions(c.RequestServices!, c.Source).Then(versions => versions.Where(v => v.Status == VersionStatus.Agreed).MaxBy(v => v.Number)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanVersionType>>>>("versions")
            .Description("Every version, oldest first.")
            .Resolve(c => Versions(c.RequestServices!, c.Source));
        Field<PersonalBudgetType>("budget").Description("The personal budget: indicative, and final once agreed.").Resolve(c => c.Source);
        Field<DateOnlyGraphType>("supportInPlaceOn").Description("The day the agreed support was in place, once it is.").Resolve(c => c.Source.SupportInPlaceOn);
        Field<DateOnlyGraphType>("nextReviewDue").Description("When the next review is due: 6 to 12 weeks after support is in place, then each year.").Resolve(c => c.Source.NextReviewDue);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the plan was started.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanEventType>>>>("history")
            .Description("Every event in the plan's life, oldest first.")
            .Resolve(c => c.RequestServices!.GetRequiredService<HistoryByPlanLoader>().Load(c.Source.Id).Then(events => events ?? []));
    }

    private static GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<PlanVersion>> Versions(IServiceProvider services, CarePlan plan) =>
        services.GetRequiredService<VersionsByPlanLoader>().Load(plan.Id).Then(versions => versions ?? []);
}
