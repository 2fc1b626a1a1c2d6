using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Plans;

/// <summary>The status machine, the officer's decision (R15–R17), revisions (R07, R18), support in place (R19) and who may do what.</summary>
public sealed class PlanTransitionTests
{
    private const string TransitionError = "plan { id } errors { ... on Error { code } ... on InvalidTransitionError { from action blockingVersionNumber blockingVersionStatus } }";

    private const string NotEditableError = "plan { id } errors { ... on Error { code } ... on VersionNotEditableError { versionNumber status } }";

    [Fact]
    public async Task Submitting_twice_and_agreeing_a_draft_are_refused_as_invalid_transitions()
    {
        using var factory = new CarePlanApiFactory();
        using var ben = factory.CreateClientFor("p-ben");
        using var sam = factory.CreateClientFor("kw-sam");
        var benPlan = (await ben.PlanOfAsync("p-ben")).Id();
        var adaPlan = (await sam.PlanOfAsync("p-ada")).Id();

        var twice = await ben.MutateAsync("submitPlan", new { planId = benPlan }, TransitionError);
        var error = Assert.Single(twice["errors"]!.AsArray())!;
        Assert.Equal(("INVALID_TRANSITION", "SUBMITTED", "SUBMITTED"), ((string)error["code"]!, (string)error["from"]!, (string)error["blockingVersionStatus"]!));

        var draft = await sam.MutateAsync("agreePlan", AgreementStoryTests.Agreement(adaPlan), TransitionError);
        Assert.Equal(["INVALID_TRANSITION"], PlanClient.Codes(draft));
        Assert.Equal("DRAFT", (string)draft["errors"]![0]!["from"]!);
        Assert.Equal(["INVALID_TRANSITION"], await sam.RefuseAsync("declinePlan", new { planId = adaPlan, reasons = "Not yet.", requiredChanges = new[] { "Finish it." }, adviceOffered = "None." }));
    }

    [Fact]
    public async Task R07_an_agreed_or_submitted_version_is_never_edited()
    {
        using var factory = new CarePlanApiFactory();
        using var cleo = factory.CreateClientFor("p-cleo");
        using var ben = factory.CreateClientFor("p-ben");
        var cleoPlan = (await cleo.PlanOfAsync("p-cleo")).Id();
        var benPlan = await ben.PlanOfAsync("p-ben");

        var agreed = await cleo.MutateAsync("updatePlanAnswers", new { planId = cleoPlan, answers = new { whatToChange = "More hours." } }, NotEditableError);
        Assert.Equal(("VERSION_NOT_EDITABLE", 1, "AGREED"), ((string)agreed["errors"]![0]!["code"]!, (int)agreed["errors"]![0]!["versionNumber"]!, (string)agreed["errors"]![0]!["status"]!));
        Assert.Equal(["VERSION_NOT_EDITABLE"], await cleo.RefuseAsync("addSupportItem", new { planId = cleoPlan, item = new { description = "Extra", unitCostPence = 100, frequency = "WEEKLY", quantity = 1 } }));
        Assert.Equal(["VERSION_NOT_EDITABLE"], await ben.RefuseAsync("removeSupportItem", new { planId = benPlan.Id(), supportItemId = benPlan.ItemId("Day service sessions") }));
        Assert.Equal(["VERSION_NOT_EDITABLE"], await ben.RefuseAsync("confirmOwnDecisions", new { planId = benPlan.Id() }));
    }

    [Fact]
    public async Task R07_R18_during_a_revision_an_item_of_the_version_in_force_cannot_be_edited()
    {
        using var factory = new CarePlanApiFactory();
        using var lee = factory.CreateClientFor("sp-lee");
        var plan = (await lee.DataAsync("{ plans(first: 10) { nodes { id person { reference } agreedVersion { supportItems { id } } } } }"))["plans"]!["nodes"]!.AsArray()
            .Single(p => (string)p!["person"]!["reference"]! == "p-dev")!;
        var inForce = (string)plan["agreedVersion"]!["supportItems"]![0]!["id"]!;

        var payload = await lee.MutateAsync("updateSupportItem", new { planId = plan.Id(), supportItemId = inForce, changes = new { quantity = 1 } }, NotEditableError);

        Assert.Equal(("VERSION_NOT_EDITABLE", 1, "AGREED"), ((string)payload["errors"]![0]!["code"]!, (int)payload["errors"]![0]!["versionNumber"]!, (string)payload["errors"]![0]!["status"]!));
    }

    [Fact]
    public async Task R18_a_revision_opens_a_new_draft_copied_from_the_version_in_force()
    {
        using var factory = new CarePlanApiFactory();
        using var cleo = factory.CreateClientFor("p-cleo");
        var plan = await cleo.PlanOfAsync("p-cleo");

        var payload = await cleo.SucceedAsync("startRevision", new { planId = plan.Id(), reason = "I have started a new job and need evening care later." },
            "plan { status revisionInProgress agreedVersion { number } currentVersion { number } history { kind reason } } version { number status preparedBy revision supportItems { id description } riskMitigations { mitigation } }");

        Assert.Equal("ACTIVE", (string)payload["plan"]!["status"]!);
        Assert.True((bool)payload["plan"]!["revisionInProgress"]!);
        Assert.Equal(1, (int)payload["plan"]!["agreedVersion"]!["number"]!);
        var revision = payload["version"]!;
        Assert.Equal((2, "DRAFT", "PERSON"), ((int)revision["number"]!, (string)revision["status"]!, (string)revision["preparedBy"]!));
        Assert.Equal("Evening personal care", (string)revision["supportItems"]![0]!["description"]!);
        Assert.NotEqual(plan.ItemId("Evening personal care"), (string)revision["supportItems"]![0]!["id"]!);
        Assert.Single(revision["riskMitigations"]!.AsArray());
        var started = payload["plan"]!["history"]!.AsArray().Last()!;
        Assert.Equal(("REVISION_STARTED", "I have started a new job and need evening care later."), ((string)started["kind"]!, (string)started["reason"]!));

        Assert.Equal(["INVALID_TRANSITION"], await cleo.RefuseAsync("startRevision", new { planId = plan.Id() }));
        using var ada = factory.CreateClientFor("p-ada");
        Assert.Equal(["INVALID_TRANSITION"], await ada.RefuseAsync("startRevision", new { planId = (await ada.PlanOfAsync("p-ada")).Id() }));
    }

    [Fact]
    public async Task R15_agreement_needs_all_three_attestations_a_rationale_and_advice_reported_with_the_failed_checks()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        var planId = (await sam.PlanOfAsync("p-ben")).Id();

        var payload = await sam.MutateAsync("agreePlan", new
        {
            planId,
            isLawfulAndSensible = false,
            keepsPersonHealthySafeAndWell = false,
            isResponsiblyManaged = true,
            rationale = "   ",
            adviceOffered = string.Empty,
        }, "plan { id } errors { ... on Error { code } ... on AttestationNotGivenError { attestation } ... on RequiredTextMissingError { field } }");

        Assert.Equal(["ATTESTATION_NOT_GIVEN", "ATTESTATION_NOT_GIVEN", "REQUIRED_TEXT_MISSING", "REQUIRED_TEXT_MISSING", "OVER_BUDGET"], PlanClient.Codes(payload));
        var errors = payload["errors"]!.AsArray();
        Assert.Equal(["LAWFUL_AND_SENSIBLE", "KEEPS_PERSON_HEALTHY_SAFE_AND_WELL"], errors.Take(2).Select(e => (string)e!["attestation"]!));
        Assert.Equal(["rationale", "adviceOffered"], errors.Skip(2).Take(2).Select(e => (string)e!["field"]!));
        Assert.Equal("SUBMITTED", (string)(await sam.PlanOfAsync("p-ben"))["status"]!);
    }

    [Fact]
    public async Task R15_an_officer_who_changed_the_version_cannot_agree_it_but_another_officer_can()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var ben = factory.CreateClientFor("p-ben");
        using var jo = factory.CreateClientFor("admin-jo");
        var plan = await sam.PlanOfAsync("p-ben");
        var planId = plan.Id();
        await sam.SucceedAsync("declinePlan", new { planId, reasons = "Over budget.", requiredChanges = new[] { "Fewer day service sessions." }, adviceOffered = "Travel training." });
        await sam.SucceedAsync("updateSupportItem", new { planId, supportItemId = plan.ItemId("Day service sessions"), changes = new { quantity = 2 } });
        await ben.SucceedAsync("submitPlan", new { planId });

        var refused = await sam.MutateAsync("agreePlan", AgreementStoryTests.Agreement(planId), "plan { id } errors { ... on Error { code } ... on OfficerIsAuthorError { officerName } }");
        Assert.Equal(["OFFICER_IS_AUTHOR"], PlanClient.Codes(refused));
        Assert.Equal("Sam Okafor", (string)refused["errors"]![0]!["officerName"]!);

        var agreed = await jo.SucceedAsync("agreePlan", AgreementStoryTests.Agreement(planId), "plan { status } version { latestDecision { decidedByName decidedByRole } }");
        Assert.Equal("AGREED", (string)agreed["plan"]!["status"]!);
        Assert.Equal("ADMINISTRATOR", (string)agreed["version"]!["latestDecision"]!["decidedByRole"]!);
    }

    [Fact]
    public async Task R17_a_decline_needs_reasons_changes_and_advice_unless_the_assessment_is_to_be_reviewed()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        var planId = (await sam.PlanOfAsync("p-ben")).Id();

        var payload = await sam.MutateAsync("declinePlan", new { planId, reasons = " ", requiredChanges = new[] { "  " }, adviceOffered = "" },
            "plan { id } errors { ... on RequiredTextMissingError { code field } }");
        Assert.Equal(["reasons", "requiredChanges", "adviceOffered"], payload["errors"]!.AsArray().Select(e => (string)e!["field"]!));

        var review = await sam.SucceedAsync("declinePlan", new { planId, reasons = "It is unclear which needs the day service meets.", requiredChanges = Array.Empty<string>(), adviceOffered = "Carers' support line.", reviewAssessmentRequested = true },
            "plan { status history { kind reason } } version { status latestDecision { reviewAssessmentRequested requiredChanges } }");
        Assert.Equal("CHANGES_REQUIRED", (string)review["plan"]!["status"]!);
        Assert.True((bool)review["version"]!["latestDecision"]!["reviewAssessmentRequested"]!);
        Assert.Contains("asked for the assessment to be reviewed", (string)review["plan"]!["history"]!.AsArray().Last()!["reason"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R19_R18_support_is_put_in_place_only_after_agreement_and_not_again_when_a_revision_is_agreed()
    {
        using var factory = new CarePlanApiFactory();
        using var lee = factory.CreateClientFor("sp-lee");
        using var dev = factory.CreateClientFor("p-dev");
        using var sam = factory.CreateClientFor("kw-sam");
        var planId = (await dev.PlanOfAsync("p-dev")).Id();
        Assert.Equal(["INVALID_TRANSITION"], await sam.RefuseAsync("markSupportInPlace", new { planId, inPlaceOn = "2026-11-02" }));

        await sam.SucceedAsync("confirmBestInterests", new { planId, statement = "Written with Dev." });
        await dev.SucceedAsync("confirmOwnDecisions", new { planId });
        await dev.SucceedAsync("submitPlan", new { planId });
        var agreed = await sam.SucceedAsync("agreePlan", AgreementStoryTests.Agreement(planId), "plan { status supportInPlaceOn nextReviewDue }");

        // Dev's support is in place: the agreed revision carries on under the same schedule, with nothing to put in place again.
        Assert.Equal("ACTIVE", (string)agreed["plan"]!["status"]!);
        Assert.Equal(["INVALID_TRANSITION"], await lee.RefuseAsync("markSupportInPlace", new { planId, inPlaceOn = "2026-11-02" }));
    }

    [Fact]
    public async Task R29_only_council_officers_agree_or_decline_and_providers_never_edit()
    {
        using var factory = new CarePlanApiFactory();
        using var ben = factory.CreateClientFor("p-ben");
        using var oak = factory.CreateClientFor("prov-oak");
        var benPlan = (await ben.PlanOfAsync("p-ben")).Id();
        var devPlan = (await oak.PlanOfAsync("p-dev")).Id();

        var agree = await ben.PostAsync("mutation($input: AgreePlanInput!) { agreePlan(input: $input) { plan { id } } }", new { input = AgreementStoryTests.Agreement(benPlan) });
        Assert.Equal("AUTH_FORBIDDEN", (string)agree["errors"]![0]!["extensions"]!["code"]!);
        var edit = await oak.PostAsync("mutation($input: UpdatePlanAnswersInput!) { updatePlanAnswers(input: $input) { plan { id } } }", new { input = new { planId = devPlan, answers = new { whatToChange = "More sessions with us." } } });
        Assert.Equal("AUTH_FORBIDDEN", (string)edit["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("SUBMITTED", (string)(await ben.PlanOfAsync("p-ben"))["status"]!);
    }

    [Fact]
    public async Task R26_a_plan_the_caller_may_not_see_is_not_found_like_one_that_does_not_exist()
    {
        using var factory = new CarePlanApiFactory();
        using var admin = factory.CreateClientFor("admin-jo");
        var adaPlan = (await admin.PlanOfAsync("p-ada")).Id();
        using var ben = factory.CreateClientFor("p-ben");

        var hidden = await ben.MutateAsync("updatePlanAnswers", new { planId = adaPlan, answers = new { whatToChange = "x" } }, "plan { id } errors { ... on PlanNotFoundError { code planId } }");
        var missing = await ben.MutateAsync("updatePlanAnswers", new { planId = NodeId.Encode("CarePlan", Guid.NewGuid()), answers = new { whatToChange = "x" } }, "plan { id } errors { ... on PlanNotFoundError { code } }");

        Assert.Equal(("PLAN_NOT_FOUND", adaPlan), ((string)hidden["errors"]![0]!["code"]!, (string)hidden["errors"]![0]!["planId"]!));
        Assert.Equal(["PLAN_NOT_FOUND"], PlanClient.Codes(missing));
    }
}
