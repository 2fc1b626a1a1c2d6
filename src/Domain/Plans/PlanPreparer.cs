namespace CarePlanGraph.Domain.Plans;

/// <summary>Who prepared a plan version (R06).</summary>
public enum PlanPreparer
{
    Person,
    PersonWithHelp,
    FamilyOrFriend,
    ServiceProvider,
    IndependentSupportPlanner,
    KeyWorker,
    SomeoneElseOnBehalf,
}
