using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Plans;

/// <summary>startPlan, from an assessment found through <c>Person.assessments</c> (R01, R02, R06).</summary>
public sealed class StartPlanTests
{
    [Fact]
    public async Task R01_R02_a_person_starts_a_plan_from_a_new_assessment_with_its_indicative_budget()
    {
        using var factory = new CarePlanApiFactory();
        await AddAssessmentAsync(factory, "p-ada", 600_000);
        using var ada = factory.CreateClientFor("p-ada");
        var assessments = (await ada.DataAsync("{ me { person { assessments { id indicativeBudget { pence } } } } }"))["me"]!["person"]!["assessments"]!.AsArray();
        Assert.Equal(2, assessments.Count);
        var fresh = assessments.Single(a => (long)a!["indicativeBudget"]!["pence"]! == 600_000)!;

        var payload = await ada.SucceedAsync("startPlan", new { assessmentId = fresh.Id(), preparedBy = "PERSON" },
            "plan { status assessment { id } budget { basis budget { formatted } totalAnnualCost { pence } } currentVersion { number status preparedBy authorName revision } history { kind actorName } }");

        var plan = payload["plan"]!;
        Assert.Equal("DRAFT", (string)plan["status"]!);
        Assert.Equal(fresh.Id(), (string)plan["assessment"]!["id"]!);
        Assert.Equal("INDICATIVE", (string)plan["budget"]!["basis"]!);
        Assert.Equal("£6,000.00", (string)plan["budget"]!["budget"]!["formatted"]!);
        Assert.Equal(0, (long)plan["budget"]!["totalAnnualCost"]!["pence"]!);
        Assert.Equal(1, (int)plan["currentVersion"]!["number"]!);
        Assert.Equal("PERSON", (string)plan["currentVersion"]!["preparedBy"]!);
        Assert.Equal("Ada Mensah", (string)plan["currentVersion"]!["authorName"]!);
        Assert.Equal("STARTED", (string)plan["history"]![0]!["kind"]!);
    }

    [Fact]
    public async Task R01_an_assessment_already_planned_against_is_refused_with_the_existing_plan()
    {
        using var factory = new CarePlanApiFactory();
        using var ada = factory.CreateClientFor("p-ada");
        var existing = await ada.PlanOfAsync("p-ada");

        var payload = await ada.MutateAsync("startPlan", new { assessmentId = (string)existing["assessment"]!["id"]!, preparedBy = "PERSON" },
            "plan { id }");

        Assert.Equal(["PLAN_ALREADY_STARTED"], PlanClient.Codes(payload));
        var again = await ada.DataAsync(
            "mutation($input: StartPlanInput!) { startPlan(input: $input) { errors { ... on PlanAlreadyStartedError { plan { id } } } } }",
            new { input = new { assessmentId = (string)existing["assessment"]!["id"]!, preparedBy = "PERSON" } });
        Assert.Equal(existing.Id(), (string)again["startPlan"]!["errors"]![0]!["plan"]!["id"]!);
    }

    [Fact]
    public async Task An_assessment_the_caller_may_not_see_is_not_found()
    {
        using var factory = new CarePlanApiFactory();
        using var admin = factory.CreateClientFor("admin-jo");
        var adaAssessment = (string)(await admin.PlanOfAsync("p-ada"))["assessment"]!["id"]!;
        using var ben = factory.CreateClientFor("p-ben");

        Assert.Equal(["ASSESSMENT_NOT_FOUND"], await ben.RefuseAsync("startPlan", new { assessmentId = adaAssessment, preparedBy = "PERSON" }));
        Assert.Equal(["ASSESSMENT_NOT_FOUND"], await ben.RefuseAsync("startPlan", new { assessmentId = NodeId.Encode("Assessment", Guid.NewGuid()), preparedBy = "PERSON" }));
    }

    [Fact]
    public async Task An_id_of_the_wrong_type_is_a_graphql_error_not_a_refusal()
    {
        using var factory = new CarePlanApiFactory();
        using var ada = factory.CreateClientFor("p-ada");
        var plan = await ada.PlanOfAsync("p-ada");

        var body = await ada.PostAsync("mutation($input: StartPlanInput!) { startPlan(input: $input) { plan { id } } }",
            new { input = new { assessmentId = plan.Id(), preparedBy = "PERSON" } });

        Assert.Equal("INVALID_ID", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("input.assessmentId", (string)body["errors"]![0]!["message"]!, StringComparison.Ordinal);
    }

    /// <summary>A second assessment for the person, as the council's assessment system would record it.</summary>
    internal static async Task<Id<Assessment>> AddAssessmentAsync(CarePlanApiFactory factory, string reference, long indicativePence)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var person = await db.People.SingleAsync(p => p.Reference == reference);
        var assessment = new Assessment(
            Id<Assessment>.New(),
            person.Id,
            new DateOnly(2026, 10, 30),
            new Money(indicativePence),
            Money.Zero,
            [new EligibleNeed(Id<EligibleNeed>.New(), EligibilityOutcome.HabitableHome, "Needs help to keep the home clean and safe.")],
            [new DesiredOutcome(Id<DesiredOutcome>.New(), "Keep living at home.")],
            []);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
        return assessment.Id;
    }
}
