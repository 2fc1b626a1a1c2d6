using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;
using GraphQL.Types;

namespace CarePlanGraph.Api.Assessments;

/// <summary>The person's needs assessments, on <c>Person</c>.</summary>
internal sealed class PersonAssessmentFields : ITypeExtension<PersonType>
{
    public void Extend(PersonType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssessmentType>>>>("assessments")
            .Description("The person's needs assessments, every version, oldest first; the newest is `currentAssessment` (R31). Pass a current assessment's `id` to `startPlan` to write a plan against it.")
            .Resolve()
            .WithService<AssessmentsByPersonLoader>()
            .Resolve((c, assessments) => assessments.Load(c.Source.Id).Then(list => list ?? []));
        type.Field<AssessmentType>("currentAssessment")
            .Description("The person's newest assessment (R31): the one their plan is checked against, to pass to `startPlan` or `reviseAssessment`. Null when they have none.")
            .Resolve()
            .WithService<AssessmentsByPersonLoader>()
            .Resolve((c, assessments) => assessments.Load(c.Source.Id).Then(list => list?.LastOrDefault(a => a.IsCurrent)));
    }
}
