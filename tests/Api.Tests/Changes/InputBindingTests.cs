using System.Diagnostics;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Tests.Changes;

/// <summary>
/// A mutation's input binds once to a typed record: a field left out is apart from one sent as null, an ID is
/// decoded to the type its field declares wherever it stands in the input, and a record that does not match its
/// declared input type stops the schema from building.
/// </summary>
public sealed class InputBindingTests
{
    private const string Answers = "version { revision answers { whatIsImportant whatToChange } }";
    private const string Item = "supportItem { id quantity providerName needsMet { id } }";

    [Fact]
    public async Task A_plan_answer_left_out_keeps_its_value_and_the_same_answer_sent_as_null_is_cleared()
    {
        using var factory = new CarePlanApiFactory();
        using var ada = factory.CreateClientFor("p-ada");
        var planId = (await ada.PlanOfAsync("p-ada")).Id();
        await ada.SucceedAsync("updatePlanAnswers", new { planId, answers = new { whatIsImportant = "Seeing my grandchildren.", whatToChange = "Later mornings." } }, Answers);

        var leftOut = await ada.SucceedAsync("updatePlanAnswers", new { planId, answers = new { whatToChange = "Help with the garden." } }, Answers);
        var sentAsNull = await ada.SucceedAsync("updatePlanAnswers", new { planId, answers = new { whatIsImportant = (string?)null } }, Answers);

        Assert.Equal(("Seeing my grandchildren.", "Help with the garden."), AnswersOf(leftOut));
        Assert.Equal(((string?)null, "Help with the garden."), AnswersOf(sentAsNull));
    }

    [Fact]
    public async Task A_support_item_field_left_out_keeps_its_value_and_the_same_field_sent_as_null_is_cleared()
    {
        using var factory = new CarePlanApiFactory();
        using var ada = factory.CreateClientFor("p-ada");
        var planId = (await ada.PlanOfAsync("p-ada")).Id();
        var added = await ada.SucceedAsync("addSupportItem", new { planId, item = new { description = "Shopping", unitCostPence = 1500, frequency = "HOURLY", quantity = 2, providerName = "Grace, a personal assistant" } }, Item);
        var supportItemId = (string)added["supportItem"]!["id"]!;

        var leftOut = await ada.SucceedAsync("updateSupportItem", new { planId, supportItemId, changes = new { quantity = 3 } }, Item);
        var sentAsNull = await ada.SucceedAsync("updateSupportItem", new { planId, supportItemId, changes = new { providerName = (string?)null } }, Item);

        Assert.Equal((3, "Grace, a personal assistant"), ((int)leftOut["supportItem"]!["quantity"]!, (string?)leftOut["supportItem"]!["providerName"]));
        Assert.Equal((3, (string?)null), ((int)sentAsNull["supportItem"]!["quantity"]!, (string?)sentAsNull["supportItem"]!["providerName"]));
    }

    [Fact]
    public async Task An_id_of_another_type_in_a_list_inside_a_nested_input_is_INVALID_ID_naming_its_place_and_nothing_changes()
    {
        using var factory = new CarePlanApiFactory();
        using var ada = factory.CreateClientFor("p-ada");
        var plan = await ada.PlanOfAsync("p-ada");
        var supportItemId = plan.ItemId("Morning personal care");
        var need = (string)plan["assessment"]!["eligibleNeeds"]![0]!["id"]!;

        var body = await ada.PostAsync(
            "mutation($input: UpdateSupportItemInput!) { updateSupportItem(input: $input) { supportItem { id } } }",
            new { input = new { planId = plan.Id(), supportItemId, changes = new { quantity = 1, needsMet = new[] { need, plan.Id() } } } });

        AssertInvalidId(body, "updateSupportItem", "input.changes.needsMet[1]", "EligibleNeed");
        var after = await ada.PlanOfAsync("p-ada");
        Assert.Equal(plan.Revision(), after.Revision());
        Assert.Equal(plan["currentVersion"]!.ToJsonString(), after["currentVersion"]!.ToJsonString());
    }

    [Fact]
    public async Task A_malformed_id_in_an_object_in_a_list_is_INVALID_ID_naming_its_place_and_the_review_is_unchanged()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        var reviewId = await Reviews.ReviewConductTests.StartAsync(factory, sam);
        var outcomeId = await Reviews.ReviewConductTests.OutcomeIdAsync(factory, sam);

        var body = await sam.PostAsync(
            "mutation($input: CompleteReviewInput!) { completeReview(input: $input) { review { id } } }",
            new { input = new { reviewId, outcomes = new[] { new { outcomeId = "not-an-id", attainment = "FULLY_MET" }, new { outcomeId, attainment = "FULLY_MET" } }, summary = "Fine." } });

        AssertInvalidId(body, "completeReview", "input.outcomes[0].outcomeId", "DesiredOutcome");
        var review = (await sam.DataAsync("query($id: ID!) { node(id: $id) { ... on Review { status outcomes { attainment } summary } } }", new { id = reviewId }))["node"]!;
        Assert.Equal(("IN_PROGRESS", 0, (string?)null), ((string)review["status"]!, review["outcomes"]!.AsArray().Count, (string?)review["summary"]));
    }

    [Fact]
    public void A_record_whose_constructor_does_not_match_the_declared_input_fields_stops_the_schema_from_building()
    {
        var root = new ObjectGraphType { Name = "Mutation" };

        Declare(root, "renameMatching").Resolve<RenameInput, TimeProvider>((_, _, _) => throw new UnreachableException());
        var refused = Assert.Throws<InvalidOperationException>(() => Declare(root, "renameMismatched").Resolve<MisnamedRenameInput, TimeProvider>((_, _, _) => throw new UnreachableException()));

        Assert.NotNull(root.GetField("renameMatching"));
        Assert.Null(root.GetField("renameMismatched"));
        Assert.Equal("RenameMismatchedInput declares [name, thingId] but MisnamedRenameInput binds [newName, thingId].", refused.Message);
    }

    private static MutationFieldBuilder<Renamed> Declare(ObjectGraphType root, string name) =>
        root.Mutation<Renamed>(name, "Renames a thing.")
            .Input("The thing and its new name.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("thingId").Description("The thing.");
                input.Field<NonNullGraphType<StringGraphType>>("name").Description("Its new name.");
            });

    private static (string?, string?) AnswersOf(JsonNode payload)
    {
        var answers = payload["version"]!["answers"]!;
        return ((string?)answers["whatIsImportant"], (string?)answers["whatToChange"]);
    }

    /// <summary>The mutation failed as a GraphQL error (not as data) with INVALID_ID, naming where in the input the ID stood.</summary>
    private static void AssertInvalidId(JsonObject body, string mutation, string path, string expectedType)
    {
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("INVALID_ID", (string)error["extensions"]!["code"]!);
        Assert.Equal($"Argument '{path}' is not a valid {expectedType} ID. Use an ID this API returned for a {expectedType}.", (string)error["message"]!);
        Assert.Null(body["data"]?[mutation]);
    }

    private sealed record Renamed(string Name);

    private sealed record RenameInput(string ThingId, string Name);

    private sealed record MisnamedRenameInput(string ThingId, string NewName);
}
