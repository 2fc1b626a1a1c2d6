using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;

namespace CarePlanGraph.Api.Tests.Advocacy;

/// <summary>R22 (Care Act s.67): the need for an advocate, the referral, the advocate's access, and the checks it blocks (R13).</summary>
public sealed class AdvocacyTests
{
    private const string Advocacy = "advocacy { needAssessed advocateRequired referred referralReason advocateName advocateOrganisation { handle } }";

    [Fact]
    public async Task R22_R29_only_the_key_worker_records_the_need_refers_and_assigns()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        var planId = await factory.PlanIdAsync("p-cleo");
        var need = new { planId, hasSignificantDifficulty = true, appropriatePersonAvailable = false };

        foreach (var persona in new[] { "p-cleo", "prov-sunrise", "cs-kim", "adv-noor" })
        {
            using var client = factory.CreateClientFor(persona);
            var code = persona == "adv-noor"
                ? (await client.RefuseAsync("recordAdvocacyNeed", need)).Single()
                : await client.ForbiddenAsync("recordAdvocacyNeed", need);
            Assert.Contains(code, new[] { "AUTH_FORBIDDEN", "PLAN_NOT_FOUND" });
        }

        Assert.Equal(["REQUIRED_TEXT_MISSING"], await sam.RefuseAsync("recordAdvocacyNeed", new { planId, hasSignificantDifficulty = true, appropriatePersonAvailable = true }));
        var recorded = await sam.SucceedAsync("recordAdvocacyNeed", need, Advocacy);
        Assert.True((bool)recorded["advocacy"]!["advocateRequired"]!);

        Assert.Equal(["ADVOCACY_REFERRAL_MISSING"], await sam.RefuseAsync("assignAdvocate", new { planId, advocateOrganisationId = await factory.OrganisationIdAsync("adv-noor") }));
        Assert.Equal(["NOT_AN_ADVOCACY_ORGANISATION"], await sam.RefuseAsync("referToAdvocate", new { planId, reason = "Cannot say what she wants.", advocateOrganisationId = await factory.OrganisationIdAsync("prov-sunrise") }));
        Assert.Equal(["ORGANISATION_NOT_FOUND"], await sam.RefuseAsync("referToAdvocate", new { planId, reason = "Cannot say what she wants.", advocateOrganisationId = NodeId.Encode("Organisation", Guid.NewGuid()) }));

        await sam.SucceedAsync("referToAdvocate", new { planId, reason = "Cannot say what she wants." }, Advocacy);
        var assigned = await sam.SucceedAsync("assignAdvocate", new { planId, advocateOrganisationId = await factory.OrganisationIdAsync("adv-noor") }, Advocacy);

        Assert.Equal(("adv-noor", "Noor Hussain, Independent Advocate"), ((string)assigned["advocacy"]!["advocateOrganisation"]!["handle"]!, (string)assigned["advocacy"]!["advocateName"]!));
    }

    [Fact]
    public async Task R22_R26_an_assigned_advocate_sees_the_persons_plan_and_review_and_signs_on_their_behalf()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var noor = factory.CreateClientFor("adv-noor");
        var planId = await factory.PlanIdAsync("p-cleo");
        Assert.Equal(0, (int)(await noor.DataAsync("{ plans(first: 5) { totalCount } }"))["plans"]!["totalCount"]!);

        await sam.SucceedAsync("referToAdvocate", new { planId, reason = "Cleo wants someone to speak for her at her review.", advocateOrganisationId = await factory.OrganisationIdAsync("adv-noor"), advocateName = "Noor Hussain" }, Advocacy);
        var reviewId = await ReviewConductTests.StartAsync(factory, sam);
        await sam.SucceedAsync("completeReview", ReviewConductTests.Findings(reviewId, await ReviewConductTests.OutcomeIdAsync(factory, sam)), "review { status }");

        var seen = await noor.DataAsync("{ people(first: 5) { nodes { reference } } plans(first: 5) { nodes { person { reference } openReview { id status } } } }");
        Assert.Equal(["p-cleo"], seen["people"]!["nodes"]!.AsArray().Select(p => (string)p!["reference"]!));
        Assert.Equal(reviewId, (string)seen["plans"]!["nodes"]![0]!["openReview"]!["id"]!);

        var signed = await noor.SucceedAsync("signReview", new { reviewId }, "review { personSignature { signedByName signedByRole onBehalfOfPerson } awaitingSignatureFrom }");
        var signature = signed["review"]!["personSignature"]!;
        Assert.Equal(("Noor Hussain", "ADVOCATE", true), ((string)signature["signedByName"]!, (string)signature["signedByRole"]!, (bool)signature["onBehalfOfPerson"]!));
        Assert.Equal(["KEY_WORKER"], signed["review"]!["awaitingSignatureFrom"]!.AsArray().Select(p => (string)p!));
    }

    [Fact]
    public async Task R22_R27_providers_do_not_see_advocacy_notes()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var cleo = factory.CreateClientFor("p-cleo");
        var planId = await factory.PlanIdAsync("p-cleo");
        await sam.SucceedAsync("recordAdvocacyNeed", new { planId, hasSignificantDifficulty = true, appropriatePersonAvailable = true, appropriatePersonName = "Grace, her sister" }, Advocacy);

        var provider = await sunrise.PostAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { status advocacy { appropriatePersonName } } } }", new { id = planId });
        var person = await cleo.PlanAsync(planId, "advocacy { advocateRequired appropriatePersonName }");

        Assert.Equal("AUTH_FIELD_FORBIDDEN", (string)provider["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("ACTIVE", (string)provider["data"]!["node"]!["status"]!);
        Assert.Equal((false, "Grace, her sister"), ((bool)person["advocacy"]!["advocateRequired"]!, (string)person["advocacy"]!["appropriatePersonName"]!));
    }

    [Fact]
    public async Task R13_R22_without_an_advocate_the_plan_fails_the_own_decisions_check_and_is_not_agreed()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var ben = factory.CreateClientFor("p-ben");
        var planId = await factory.PlanIdAsync("p-ben");
        await sam.SucceedAsync("recordAdvocacyNeed", new { planId, hasSignificantDifficulty = true, appropriatePersonAvailable = false }, Advocacy);
        const string Checks = "currentVersion { agreementChecks { check passed errors { __typename ... on Error { code } ... on AdvocateRequiredError { check referred } } } }";

        var before = (await ben.PlanAsync(planId, Checks))["currentVersion"]!["agreementChecks"]!.AsArray();
        var ownDecisions = before.Single(c => (string)c!["check"]! == "OWN_DECISIONS")!;
        Assert.Equal(7, before.Count);
        Assert.False((bool)ownDecisions["passed"]!);
        var error = Assert.Single(ownDecisions["errors"]!.AsArray())!;
        Assert.Equal(("AdvocateRequiredError", "ADVOCATE_REQUIRED", "OWN_DECISIONS", false), ((string)error["__typename"]!, (string)error["code"]!, (string)error["check"]!, (bool)error["referred"]!));
        var refused = await sam.RefuseAsync("agreePlan", new
        {
            planId,
            isLawfulAndSensible = true,
            keepsPersonHealthySafeAndWell = true,
            isResponsiblyManaged = true,
            rationale = "Meets his needs.",
            adviceOffered = "Travel training.",
        });
        Assert.Equal(["OVER_BUDGET", "ADVOCATE_REQUIRED"], refused);

        await sam.SucceedAsync("referToAdvocate", new { planId, reason = "Ben needs someone to speak for him.", advocateOrganisationId = await factory.OrganisationIdAsync("adv-noor") }, Advocacy);

        var after = (await ben.PlanAsync(planId, Checks))["currentVersion"]!["agreementChecks"]!.AsArray();
        Assert.True((bool)after.Single(c => (string)c!["check"]! == "OWN_DECISIONS")!["passed"]!);
    }
}
