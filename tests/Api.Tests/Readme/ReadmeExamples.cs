namespace CarePlanGraph.Api.Tests.Readme;

/// <summary>The queries the README shows a newcomer. The README must contain each one verbatim.</summary>
public static class ReadmeExamples
{
    public const string WhoAmI = "{ me { name roles } }";

    public const string PeopleAndTheirPlans =
        "{ people(first: 10) { totalCount nodes { reference preferredName keyWorker { fullName } plans { status nextReviewDue } } } }";

    public const string LatestPlansWithCosts =
        "{ plans(last: 2) { nodes { person { preferredName } status budget { indicative { formatted } } currentVersion { number totalAnnualCost { formatted } supportItems { description frequency quantity annualCost { formatted } provider { name } } } } } }";
}
