using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Tests.TestData;

/// <summary>The people who act on plans in these tests, after the demo personas.</summary>
internal static class Actors
{
    public static Actor Person { get; } = new("p-ada", "Ada Lovelace", ActorRole.Person);

    public static Actor FamilyHelper { get; } = new("helper-byron", "Annabella Byron", ActorRole.Helper);

    public static Actor KeyWorker { get; } = new("kw-sam", "Sam Okafor", ActorRole.KeyWorker);

    public static Actor OtherKeyWorker { get; } = new("kw-priya", "Priya Shah", ActorRole.KeyWorker);

    public static Actor Administrator { get; } = new("admin-jo", "Jo Bright", ActorRole.Administrator);

    public static Actor CustomerServices { get; } = new("cs-kim", "Kim Lee", ActorRole.CustomerServices);

    public static Actor PanelMember { get; } = new("panel-ravi", "Ravi Kumar", ActorRole.RiskPanelMember);

    public static Actor Planner { get; } = new("sp-lee", "Lee Carter", ActorRole.SupportPlanner);

    public static Actor Provider { get; } = new("prov-sunrise", "Sunrise Care", ActorRole.Provider);
}
