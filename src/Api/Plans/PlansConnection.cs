using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

/// <summary>
/// The <c>plans</c> list: oldest first; filterable on status, dates, the person, money (not for providers, who may
/// not see a plan's budget, R27) and the support items (not for providers, who see only their own items).
/// </summary>
public static class PlansConnection
{
    private static readonly Graph.Filtering.FilterDefinition<SupportItem> Items = new Graph.Filtering.FilterDefinition<SupportItem>("SupportItem")
        .Id("provider", i => i.ProviderId, (id, at) => (Id<Organisation>?)new Id<Organisation>(NodeId.DecodeAs(id, "Organisation", at)), "The organisation that provides the item (an Organisation ID); `eq: null` for items with no provider.")
        .Text("description", i => i.Description, "What the support is.")
        .Comparable<LongGraphType, long, Money>("unitCostPence", i => i.UnitCost, pence => new Money(pence), "The cost of one unit, in whole pence.")
        .Comparable<IntGraphType, int>("quantity", i => i.Quantity, "How many units.");

    public static readonly ConnectionDefinition<CarePlan> Definition = ConnectionDefinition.For<CarePlan, Id<CarePlan>>("plans", "CarePlan", p => p.Id)
        .OrderedBy(p => p.CreatedAt)
        .Filtering(f => DeclareFilters(f)
            .List("supportItems", p => p.Versions.Where(v => v.Status != VersionStatus.Withdrawn).SelectMany(v => v.SupportItems), Items, "The support items of the plan's versions that were not withdrawn (drafts and earlier agreed versions included), e.g. `{ some: { provider: { eq: \"…\" } } }` for the plans an organisation provides for. Not for providers.", FieldPolicies.NotForProviders))
        .Sorting(s => DeclareSorts(s));

    /// <summary>
    /// The filters every list of plans offers (<c>plans</c>, <c>plansDueForReview</c>), declared once. The support
    /// items' list filter is <c>plans</c>' own: its input types may be registered only once in the schema.
    /// </summary>
    public static Graph.Filtering.FilterDefinition<CarePlan> DeclareFilters(Graph.Filtering.FilterDefinition<CarePlan> f) => f
            .Enum<PlanStatusType, PlanStatus>("status", p => p.Status, "Where the plan stands.")
            .Comparable<DateTimeType, DateTimeOffset>("createdAt", p => p.CreatedAt, "When the plan was started.")
            .Comparable<DateType, DateOnly?>("supportInPlaceOn", p => p.SupportInPlaceOn, "The day support was first in place (none until then).")
            .Comparable<DateType, DateOnly?>("nextReviewDue", p => p.NextReviewDue, "The day the next review is due (none until the plan is active).")
            .Id("person", p => p.PersonId, (id, at) => new Id<Person>(NodeId.DecodeAs(id, "Person", at)), "The person the plan is for (a Person ID).")
            .Id("keyWorker", p => p.Person!.KeyWorkerId, (id, at) => new Id<StaffMember>(NodeId.DecodeAs(id, "StaffMember", at)), "The Key Worker of the person the plan is for (a StaffMember ID).")
            .Comparable<LongGraphType, long, Money>("currentCostPence", CurrentCost, pence => new Money(pence), "What the current version's support items cost a year, in whole pence (the current version: the newest not withdrawn). Not for providers.", FieldPolicies.NotForProviders)
            .Boolean("overIndicativeBudget", OverIndicativeBudget, "true: the current version costs more a year than the indicative budget (R09: such a plan needs a funding decision). Not for providers.", FieldPolicies.NotForProviders)
            .Comparable<LongGraphType, long, Money>("indicativeBudgetPence", p => p.IndicativeBudget, pence => new Money(pence), "The indicative personal budget a year, in whole pence. Not for providers.", FieldPolicies.NotForProviders)
            .Comparable<LongGraphType, long, Money?>("personalBudgetPence", p => p.PersonalBudget, pence => new Money(pence), "The agreed personal budget a year, in whole pence (none until agreed). Not for providers.", FieldPolicies.NotForProviders)
            .Comparable<LongGraphType, long, Money>("assessedContributionPence", p => p.AssessedContribution, pence => new Money(pence), "What the person pays towards their support a year, in whole pence. Not for providers.", FieldPolicies.NotForProviders);

    /// <summary>The sorts every list of plans offers, declared once.</summary>
    public static Graph.Sorting.SortDefinition<CarePlan> DeclareSorts(Graph.Sorting.SortDefinition<CarePlan> s) => s
            .Field("createdAt", p => p.CreatedAt, "When the plan was started.")
            .Field("supportInPlaceOn", p => p.SupportInPlaceOn, "The day support was first in place; plans without one sort last.")
            .Field("nextReviewDue", p => p.NextReviewDue, "The day the next review is due; plans without one sort last.")
            .Field("indicativeBudgetPence", p => p.IndicativeBudget, "The indicative personal budget. Not for providers.", FieldPolicies.NotForProviders)
            .Field("personalBudgetPence", p => p.PersonalBudget, "The agreed personal budget; plans without one sort last. Not for providers.", FieldPolicies.NotForProviders)
            .Field("currentCostPence", CurrentCost, "What the current version costs a year. Not for providers.", FieldPolicies.NotForProviders);

    /// <summary>
    /// The current version's yearly cost, in SQL (a property, not a field: the connection's definition above uses it
    /// while the class is initialised): <see cref="CarePlan.CurrentOf"/>'s rule (the newest version not
    /// withdrawn, else the newest) over the total each version keeps.
    /// </summary>
    private static System.Linq.Expressions.Expression<Func<CarePlan, Money>> CurrentCost => p => p.Versions
        .OrderBy(v => v.Status == VersionStatus.Withdrawn ? 1 : 0)
        .ThenByDescending(v => v.Number)
        .Select(v => v.TotalAnnualCost)
        .FirstOrDefault();

    /// <summary><see cref="CurrentCost"/> &gt; the indicative budget, built from it so the two cannot drift apart.</summary>
    private static System.Linq.Expressions.Expression<Func<CarePlan, bool>> OverIndicativeBudget
    {
        get
        {
            var plan = System.Linq.Expressions.Expression.Parameter(typeof(CarePlan), "p");
            return System.Linq.Expressions.Expression.Lambda<Func<CarePlan, bool>>(
                System.Linq.Expressions.Expression.GreaterThan(
                    Graph.Filtering.QueryExpressions.Body(CurrentCost, plan),
                    System.Linq.Expressions.Expression.Property(plan, nameof(CarePlan.IndicativeBudget))),
                plan);
        }
    }
}
