using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Audit;

/// <summary>
/// R30, the one rule for what is "a person's record": anything about one person (<see cref="IPersonRecord"/>: the
/// person, their assessments, plans, reviews, complaints, safety concerns …), or a part of one of their plans
/// (<see cref="IPlanRecord"/>: a version), whose person is the plan's. Read auditing and change auditing both use it.
/// </summary>
internal static class PersonalRecords
{
    /// <summary>
    /// The person <paramref name="record"/> is about, or else the plan it belongs to; both when it names both (a plan
    /// names its person, a review its plan and person), so the plan's person is known without asking the database;
    /// neither for anything else.
    /// </summary>
    public static (Id<Person>? Person, Id<CarePlan>? Plan) Owner(object? record) => record switch
    {
        CarePlan plan => (plan.PersonId, plan.Id),
        IPersonRecord personal and IPlanRecord part => (personal.PersonId, part.PlanId),
        IPersonRecord personal => (personal.PersonId, null),
        IPlanRecord part => (null, part.PlanId),
        _ => (null, null),
    };
}
