using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Plans;

/// <summary>Editing the current draft: answers, support items, helpers, mitigations and confirmations, and every bad input.</summary>
public sealed class PlanEditingTests
{
    private const string Checks = "query($id: ID!) { node(id: $id) { ... on CarePlan { currentVersion { revision answers { whatIsImportant whatToChange unanswered } agreementChecks { check passed errors { __typename ... on Error { code } ... on UnansweredQuestionError { questionNumber } } } } } } }";

    [Fact]
    public async Task R05_R08_answers_of_only_whitespace_are_stored_as_unanswered_and_fail_COMPLETE()
    {
        using var factory = new CarePlanApiFactory();
        using var ada = factory.CreateClientFor("p-ada");
        var plan = await ada.PlanOfAsync("p-ada");

        await ada.SucceedAsync("updatePlanAnswers", new { planId = plan.Id(), answers = new { whatToChange = " \t\n  ", spendingTheBudget = "  On my care.  " } });

        var version = (await ada.DataAsync(Checks, new { id = plan.Id() }))["node"]!["currentVersion"]!;
        Assert.Null(version["answers"]!["whatToChange"]);
        Assert.Equal("Staying in my own home near my grandchildren.", (string)version["answers"]!["whatIsImportant"]!);
        Assert.Equal([3, 4, 5, 7], version["answers"]!["unanswered"]!.AsArray().Select(n => (int)n!));
        var complete = version["agreementChecks"]!.AsArray().Single(c => (string)c!["check"]! == "COMPLETE")!;
        Assert.False((bool)complete["passed"]!);
        Assert.Equal([3, 4, 5, 7], complete["errors"]!.AsArray().Select(e => (int)e!["questionNumber"]!));
    }

    [Fact]
    public async Task R04_R10_a_support_item_is_added_changed_and_removed_and_the_totals_follow()
    {
        using var factory = new CarePlanApiFactory();
        using var lee = factory.CreateClientFor("sp-lee");
        using var admin = factory.CreateClientFor("admin-jo");
        var sunrise = (string)(await admin.DataAsync("{ plans(first: 1) { nodes { currentVersion { supportItems { provider { id } } } } } }"))["plans"]!["nodes"]![0]!["currentVersion"]!["supportItems"]![0]!["provider"]!["id"]!;
        var plan = await lee.PlanOfAsync("p-ada");
        var planId = plan.Id();
        const string Item = "supportItem { id description unitCost { pence } frequency quantity weeklyCost { formatted } annualCost { pence formatted } arrangement provider { handle } providerName needsMet { description } isArranged }";

        var added = await lee.SucceedAsync("addSupportItem", new
        {
            planId,
            expectedRevision = plan.Revision(),
            item = new
            {
                description = "  Evening meal visit  ",
                unitCostPence = 2250,
                frequency = "DAILY",
                quantity = 7,
                arrangement = "COUNCIL_ARRANGED",
                providerId = sunrise,
                needsMet = new[] { plan.PartId("eligibleNeeds", "Needs help to prepare") },
            },
        }, $"version {{ revision totalAnnualCost {{ formatted }} }} {Item}");
        var item = added["supportItem"]!;
        Assert.Equal("Evening meal visit", (string)item["description"]!);
        Assert.Equal(819_000, (long)item["annualCost"]!["pence"]!);
        Assert.Equal("£157.50", (string)item["weeklyCost"]!["formatted"]!);
        Assert.Equal("prov-sunrise", (string)item["provider"]!["handle"]!);
        Assert.Equal("Sunrise Home Care Ltd", (string)item["providerName"]!);
        Assert.True((bool)item["isArranged"]!);
        Assert.Equal("£17,108.00", (string)added["version"]!["totalAnnualCost"]!["formatted"]!);
        Assert.Equal(plan.Revision() + 1, (int)added["version"]!["revision"]!);

        var changed = await lee.SucceedAsync("updateSupportItem", new { planId, supportItemId = item.Id(), changes = new { quantity = 3, arrangement = (string?)null } }, Item);
        Assert.Equal(3, (int)changed["supportItem"]!["quantity"]!);
        Assert.Equal("DAILY", (string)changed["supportItem"]!["frequency"]!);
        Assert.Null(changed["supportItem"]!["arrangement"]);
        Assert.False((bool)changed["supportItem"]!["isArranged"]!);
        Assert.Equal(351_000, (long)changed["supportItem"]!["annualCost"]!["pence"]!);

        var removed = await lee.SucceedAsync("removeSupportItem", new { planId, supportItemId = item.Id() }, "removedSupportItemId version { supportItems { description } totalAnnualCost { formatted } }");
        Assert.Equal(item.Id(), (string)removed["removedSupportItemId"]!);
        Assert.Equal(["Morning personal care"], removed["version"]!["supportItems"]!.AsArray().Select(i => (string)i!["description"]!));
        Assert.Equal("£8,918.00", (string)removed["version"]!["totalAnnualCost"]!["formatted"]!);
    }

    [Fact]
    public async Task R03_R04_negative_and_absurd_costs_and_quantities_are_refused_with_every_reason_and_nothing_changes()
    {
        using var factory = new CarePlanApiFactory();
        using var ada = factory.CreateClientFor("p-ada");
        var plan = await ada.PlanOfAsync("p-ada");
        var planId = plan.Id();

        var codes = await ada.RefuseAsync("addSupportItem", new { planId, item = new { description = "   ", unitCostPence = -500, frequency = "HOURLY", quantity = 0 } });
        Assert.Equal(["REQUIRED_TEXT_MISSING", "NEGATIVE_COST", "QUANTITY_OUT_OF_RANGE"], codes);

        Assert.Equal(["UNIT_COST_ABOVE_LIMIT"], await ada.RefuseAsync("addSupportItem", new { planId, item = new { description = "Typed in pounds twice", unitCostPence = 2_450_000_000L, frequency = "HOURLY", quantity = 7 } }));
        Assert.Equal(["QUANTITY_OUT_OF_RANGE"], await ada.RefuseAsync("addSupportItem", new { planId, item = new { description = "More hours than a week has", unitCostPence = 2450, frequency = "HOURLY", quantity = 169 } }));
        Assert.Equal(["ANNUAL_COST_ABOVE_LIMIT"], await ada.RefuseAsync("addSupportItem", new { planId, item = new { description = "Round the clock", unitCostPence = 9_999_900, frequency = "HOURLY", quantity = 168 } }));

        var after = await ada.PlanOfAsync("p-ada");
        Assert.Equal(plan.Revision(), after.Revision());
        Assert.Single(after["currentVersion"]!["supportItems"]!.AsArray());
    }

    [Fact]
    public async Task R03_money_in_fractions_of_a_penny_or_as_a_float_is_a_graphql_validation_error()
    {
        using var factory = new CarePlanApiFactory();
        using var ada = factory.CreateClientFor("p-ada");
        var planId = (await ada.PlanOfAsync("p-ada")).Id();

        var body = await ada.PostAsync("mutation($input: AddSupportItemInput!) { addSupportItem(input: $input) { supportItem { id } } }",
            new { input = new { planId, item = new { description = "Half a penny", unitCostPence = 1250.5, frequency = "WEEKLY", quantity = 1 } } });

        Assert.Null(body["data"]);
        Assert.Contains("unitCostPence", body["errors"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R01_R04_needs_outcomes_and_providers_the_plan_does_not_know_are_refused_together()
    {
        using var factory = new CarePlanApiFactory();
        using var admin = factory.CreateClientFor("admin-jo");
        var benNeed = (await admin.PlanOfAsync("p-ben")).PartId("eligibleNeeds", "Needs support to take part");
        var planner = (string)(await admin.DataAsync("{ plans(first: 10) { nodes { currentVersion { helpers { organisation { id kind } } } } } }"))["plans"]!["nodes"]!.AsArray()
            .SelectMany(p => p!["currentVersion"]!["helpers"]!.AsArray()).First()!["organisation"]!["id"]!;
        using var ada = factory.CreateClientFor("p-ada");
        var planId = (await ada.PlanOfAsync("p-ada")).Id();

        var payload = await ada.MutateAsync("addSupportItem", new
        {
            planId,
            item = new
            {
                description = "Cleaning",
                unitCostPence = 1500,
                frequency = "WEEKLY",
                quantity = 1,
                providerId = NodeId.Encode("Organisation", Guid.NewGuid()),
                needsMet = new[] { benNeed, NodeId.Encode("EligibleNeed", Guid.NewGuid()) },
                outcomesMet = new[] { NodeId.Encode("DesiredOutcome", Guid.NewGuid()) },
            },
        }, "supportItem { id }");
        Assert.Equal(["UNKNOWN_PROVIDER", "UNKNOWN_NEED", "UNKNOWN_NEED", "UNKNOWN_OUTCOME"], PlanClient.Codes(payload));

        // A support planner is an organisation the council knows, but not a service provider.
        Assert.Equal(["UNKNOWN_PROVIDER"], await ada.RefuseAsync("addSupportItem", new { planId, item = new { description = "Cleaning", unitCostPence = 1500, frequency = "WEEKLY", quantity = 1, providerId = planner } }));
        Assert.Equal(["PROVIDER_REQUIRED"], await ada.RefuseAsync("addSupportItem", new { planId, item = new { description = "Cleaning", unitCostPence = 1500, frequency = "WEEKLY", quantity = 1, arrangement = "INDIVIDUAL_SERVICE_FUND" } }));
    }

    [Fact]
    public async Task Another_plans_support_item_is_not_found_and_an_id_of_the_wrong_type_is_a_graphql_error()
    {
        using var factory = new CarePlanApiFactory();
        using var admin = factory.CreateClientFor("admin-jo");
        var ben = await admin.PlanOfAsync("p-ben");
        var ada = await admin.PlanOfAsync("p-ada");
        var benItem = ben.ItemId("Day service sessions");

        Assert.Equal(["SUPPORT_ITEM_NOT_FOUND"], await admin.RefuseAsync("updateSupportItem", new { planId = ada.Id(), supportItemId = benItem, changes = new { quantity = 1 } }));
        Assert.Equal(["SUPPORT_ITEM_NOT_FOUND"], await admin.RefuseAsync("removeSupportItem", new { planId = ada.Id(), supportItemId = benItem }));

        var body = await admin.PostAsync("mutation($input: AddSupportItemInput!) { addSupportItem(input: $input) { supportItem { id } } }",
            new { input = new { planId = ada.Id(), item = new { description = "Cleaning", unitCostPence = 1500, frequency = "WEEKLY", quantity = 1, needsMet = new[] { ada.Id() } } } });
        Assert.Equal("INVALID_ID", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("input.item.needsMet", (string)body["errors"]![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(ada.Revision(), (await admin.PlanOfAsync("p-ada")).Revision());
    }

    [Fact]
    public async Task R12_R13_helpers_mitigations_and_confirmations_are_recorded_and_an_edit_withdraws_the_confirmations()
    {
        using var factory = new CarePlanApiFactory();
        using var ada = factory.CreateClientFor("p-ada");
        using var lee = factory.CreateClientFor("sp-lee");
        using var sam = factory.CreateClientFor("kw-sam");
        var plan = await ada.PlanOfAsync("p-ada");
        var planId = plan.Id();
        const string Version = "version { helpers { id kind name organisation { handle } } riskMitigations { risk { description } mitigation recordedByName } requiresOwnDecisionsConfirmation ownDecisionsConfirmation { confirmedByName statement } bestInterestsConfirmation { confirmedByName } }";

        var helper = await ada.SucceedAsync("addPlanHelper", new { planId, kind = "FAMILY_OR_FRIEND", name = "  Kofi (grandson) " }, $"helper {{ id name }} {Version}");
        Assert.Equal("Kofi (grandson)", (string)helper["helper"]!["name"]!);
        Assert.Equal(["Lee Chen Independent Support Planning", "Kofi (grandson)"], helper["version"]!["helpers"]!.AsArray().Select(h => (string)h!["name"]!));

        Assert.Equal(["HELPER_ORGANISATION_REQUIRED"], await ada.RefuseAsync("addPlanHelper", new { planId, kind = "INDEPENDENT_SUPPORT_PLANNER", name = "Someone" }));
        Assert.Equal(["UNKNOWN_ORGANISATION"], await ada.RefuseAsync("addPlanHelper", new { planId, kind = "INDEPENDENT_SUPPORT_PLANNER", name = "Someone", organisationId = NodeId.Encode("Organisation", Guid.NewGuid()) }));
        Assert.Equal(["HELPER_NOT_FOUND"], await ada.RefuseAsync("removePlanHelper", new { planId, helperId = NodeId.Encode("PlanHelper", Guid.NewGuid()) }));
        var removed = await ada.SucceedAsync("removePlanHelper", new { planId, helperId = helper["helper"]!.Id() }, "removedHelperId");
        Assert.Equal(helper["helper"]!.Id(), (string)removed["removedHelperId"]!);

        using var admin = factory.CreateClientFor("admin-jo");
        var otherRisk = (await admin.PlanOfAsync("p-ben")).PartId("risks", "Gets lost");
        Assert.Equal(["REQUIRED_TEXT_MISSING", "UNKNOWN_RISK"], await lee.RefuseAsync("recordRiskMitigation", new { planId, riskId = otherRisk, mitigation = " " }));
        var mitigated = await lee.SucceedAsync("recordRiskMitigation", new { planId, riskId = plan.PartId("risks", "Falls"), mitigation = "A stair rail." }, Version);
        Assert.Equal("Falls on the stairs at home.", (string)mitigated["version"]!["riskMitigations"]![0]!["risk"]!["description"]!);
        Assert.Equal("Lee Chen", (string)mitigated["version"]!["riskMitigations"]![0]!["recordedByName"]!);

        // Only the person confirms their own decisions; only the council confirms best interests (R13 [A]).
        Assert.Equal(["ACTOR_NOT_PERMITTED"], await lee.RefuseAsync("confirmOwnDecisions", new { planId }));
        Assert.Equal(["ACTOR_NOT_PERMITTED"], await ada.RefuseAsync("confirmBestInterests", new { planId, statement = "I acted in my own interests." }));
        var confirmed = await ada.SucceedAsync("confirmOwnDecisions", new { planId }, Version);
        Assert.True((bool)confirmed["version"]!["requiresOwnDecisionsConfirmation"]!);
        Assert.Equal("The decisions in this plan are my own.", (string)confirmed["version"]!["ownDecisionsConfirmation"]!["statement"]!);
        Assert.Equal(["ACTOR_NOT_PERMITTED"], await lee.RefuseAsync("confirmBestInterests", new { planId, statement = "Lee helped Ada write it in her words." }));
        var best = await sam.SucceedAsync("confirmBestInterests", new { planId, statement = "Lee helped Ada write it in her words; I checked it with Ada." }, Version);
        Assert.Equal("Sam Okafor", (string)best["version"]!["bestInterestsConfirmation"]!["confirmedByName"]!);

        var edited = await lee.SucceedAsync("updatePlanAnswers", new { planId, answers = new { whatToChange = "Getting out more." } }, Version);
        Assert.Null(edited["version"]!["ownDecisionsConfirmation"]);
        Assert.Null(edited["version"]!["bestInterestsConfirmation"]);
    }

    [Fact]
    public async Task R14_a_direct_payment_to_a_partner_at_home_needs_the_councils_necessity_decision()
    {
        using var factory = new CarePlanApiFactory();
        using var ada = factory.CreateClientFor("p-ada");
        using var sam = factory.CreateClientFor("kw-sam");
        var planId = (await ada.PlanOfAsync("p-ada")).Id();
        var item = (await ada.SucceedAsync("addSupportItem", new
        {
            planId,
            item = new { description = "Evening care from my husband", unitCostPence = 1200, frequency = "HOURLY", quantity = 5, arrangement = "DIRECT_PAYMENT", providerName = "Kwame Mensah", payeeRelationship = "SPOUSE_OR_PARTNER", payeeLivesWithPerson = true },
        }, "supportItem { id isLawful }"))["supportItem"]!;
        Assert.False((bool)item["isLawful"]!);
        var lawful = await LawfulCheckAsync(ada, planId);
        Assert.Equal("UNLAWFUL_DIRECT_PAYMENT", (string)lawful["errors"]![0]!["code"]!);
        Assert.Equal("SPOUSE_OR_PARTNER", (string)lawful["errors"]![0]!["relationship"]!);

        var forbidden = await ada.PostAsync("mutation($input: RecordDirectPaymentNecessityInput!) { recordDirectPaymentNecessity(input: $input) { plan { id } } }",
            new { input = new { planId, supportItemId = item.Id(), reason = "I want to." } });
        Assert.Equal("AUTH_FORBIDDEN", (string)forbidden["errors"]![0]!["extensions"]!["code"]!);

        var morning = (await sam.PlanOfAsync("p-ada")).ItemId("Morning personal care");
        Assert.Equal(["DIRECT_PAYMENT_NECESSITY_NOT_APPLICABLE"], await sam.RefuseAsync("recordDirectPaymentNecessity", new { planId, supportItemId = morning, reason = "Not needed." }));
        var recorded = await sam.SucceedAsync("recordDirectPaymentNecessity", new { planId, supportItemId = item.Id(), reason = "No agency covers evenings in Ada's village." }, "supportItem { isLawful necessityReason necessityRecordedByName }");
        Assert.True((bool)recorded["supportItem"]!["isLawful"]!);
        Assert.Equal("Sam Okafor", (string)recorded["supportItem"]!["necessityRecordedByName"]!);
        Assert.True((bool)(await LawfulCheckAsync(ada, planId))["passed"]!);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> LawfulCheckAsync(HttpClient client, string planId)
    {
        var checks = (await client.DataAsync(
            "query($id: ID!) { node(id: $id) { ... on CarePlan { currentVersion { agreementChecks { check passed errors { ... on Error { code } ... on UnlawfulDirectPaymentError { relationship payee } } } } } } }",
            new { id = planId }))["node"]!["currentVersion"]!["agreementChecks"]!.AsArray();
        return checks.Single(c => (string)c!["check"]! == "LAWFUL")!;
    }
}
