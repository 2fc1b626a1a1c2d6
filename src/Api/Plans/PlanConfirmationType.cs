using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

public sealed class PlanConfirmationType : ObjectGraphType<PlanConfirmation>
{
    public PlanConfirmationType()
    {
        Name = "PlanConfirmation";
        Description = "A confirmation recorded on a version (R13): that whoever completed the plan acted in the person's best interests, or the person's own statement that the decisions are theirs. Any later change to the version's content withdraws it.";
        Field<NonNullGraphType<StringGraphType>>("confirmedByName").Description("Who confirmed it.").Resolve(c => c.Source.ConfirmedByName);
        Field<NonNullGraphType<ActorRoleType>>("confirmedByRole").Description("The role they confirmed it in.").Resolve(c => c.Source.ConfirmedByRole);
        Field<NonNullGraphType<DateTimeType>>("confirmedAt").Description("When it was confirmed.").Resolve(c => c.Source.ConfirmedAt);
        Field<NonNullGraphType<StringGraphType>>("statement").Description("What was confirmed, in the words recorded.").Resolve(c => c.Source.Statement);
    }
}
