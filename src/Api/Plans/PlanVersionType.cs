using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Api.Graph.Relay;
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportItemType>>>>("supportItems").Description("The support this version buys or arranges, in the order it was added.").Resolve(c => c.Source.SupportItems.OrderBy(i => i.Position));
        Field<NonNullGraphType<MoneyType>>("totalAnnualCost").Description("The total of every item's annual cost (52-week year).").Resolve(c => c.Source.TotalAnnualCost);
        Field<NonNullGraphType<IntGraphType>>("revision").Description("Counts edits to this version. Pass it back as `expectedRevision` so a stale edit is refused instead of overwriting someone else's.").Resolve(c => c.Source.EditRevision);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When this version was started.").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeOffsetGraphType>("submittedAt").Description("When it was last sent for agreement, if it has been.").Resolve(c => c.Source.SubmittedAt);
        Field<DateTimeOffsetGraphType>("agreedAt").Description("When it was agreed, if it has been.").Resolve(c => c.Source.AgreedAt);
    }
}
