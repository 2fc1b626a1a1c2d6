using System.Text.Json.Nodes;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Identity;

/// <summary>
/// Every demo persona against every operation: allowed (Y) or refused (n), by the rules R26–R29.
/// "Allowed" means the request got past authentication and authorization; it may still be refused by a business
/// rule (over budget, wrong status …), which is not what this table is about. "Refused" means a GraphQL error with
/// an AUTH_* code, or a plan the caller may not see coming back as not found, or a role refusal from the domain.
/// </summary>
public sealed class AccessMatrixTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private static readonly string[] Columns = ["me", "people", "auditLog", "updateAda", "submitAda", "agreeBen", "declineBen", "reviseCleo", "inPlaceCleo"];

    public static TheoryData<string, string> Matrix => new()
    {
        // persona          me people audit updAda subAda agrBen decBen revCleo inPlCleo
        { "anonymous",    "n  n      n     n      n      n      n      n       n" },
        { "kw-sam",       "Y  Y      n     Y      Y      Y      Y      Y       Y" },
        { "cs-kim",       "Y  Y      n     n      n      n      n      n       Y" },
        { "panel-ravi",   "Y  Y      n     n      n      n      n      n       n" },
        { "sg-tom",       "Y  Y      n     n      n      n      n      n       Y" },
        { "admin-jo",     "Y  Y      Y     Y      Y      Y      Y      Y       Y" },
        { "p-ada",        "Y  Y      n     Y      Y      n      n      n       n" },
        { "p-ben",        "Y  Y      n     n      n      n      n      n       n" },
        { "p-cleo",       "Y  Y      n     n      n      n      n      Y       n" },
        { "prov-sunrise", "Y  Y      n     n      n      n      n      n       n" },
        { "prov-oak",     "Y  Y      n     n      n      n      n      n       n" },
        { "sp-lee",       "Y  Y      n     Y      Y      n      n      n       n" },
        { "adv-noor",     "Y  Y      n     n      n      n      n      n       n" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task R26_R27_R28_R29_each_persona_is_allowed_or_refused_as_the_table_says(string persona, string row)
    {
        var expected = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Columns.Length, expected.Length);
        var plans = await PlanIdsAsync();
        using var client = persona == "anonymous" ? factory.CreateClient() : factory.CreateClientFor(persona);

        var actual = new List<string>();
        foreach (var column in Columns)
        {
            var (query, variables, field) = Operation(column, plans);
            var body = await client.PostAsync(query, variables);
            actual.Add(IsRefused(body, field) ? "n" : "Y");
        }

        Assert.Equal(string.Join(' ', expected), string.Join(' ', actual));
    }

    private static (string Query, object? Variables, string Field) Operation(string column, IReadOnlyDictionary<string, string> plans) => column switch
    {
        "me" => ("{ me { name } }", null, "me"),
        "people" => ("{ people(first: 5) { totalCount } }", null, "people"),
        "auditLog" => ("{ auditLog(first: 1) { totalCount } }", null, "auditLog"),
        "updateAda" => (Mutation("updatePlanAnswers", "planId: $id, answers: { whatToChange: \"More time outdoors.\" }"), new { id = plans["p-ada"] }, "updatePlanAnswers"),
        "submitAda" => (Mutation("submitPlan", "planId: $id"), new { id = plans["p-ada"] }, "submitPlan"),
        "agreeBen" => (Mutation("agreePlan", "planId: $id, isLawfulAndSensible: true, keepsPersonHealthySafeAndWell: true, isResponsiblyManaged: true, rationale: \"Meets needs.\", adviceOffered: \"Falls prevention leaflet.\""), new { id = plans["p-ben"] }, "agreePlan"),
        "declineBen" => (Mutation("declinePlan", "planId: $id, reasons: \"Over budget.\", requiredChanges: [\"Reduce the day sessions.\"], adviceOffered: \"Community transport scheme.\""), new { id = plans["p-ben"] }, "declinePlan"),
        "reviseCleo" => (Mutation("startRevision", "planId: $id"), new { id = plans["p-cleo"] }, "startRevision"),
        "inPlaceCleo" => (Mutation("markSupportInPlace", "planId: $id, inPlaceOn: \"2026-11-02\""), new { id = plans["p-cleo"] }, "markSupportInPlace"),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "No such column."),
    };

    private static string Mutation(string name, string input) =>
        $"mutation($id: ID!) {{ {name}(input: {{ {input} }}) {{ errors {{ __typename ... on Error {{ code }} }} }} }}";

    /// <summary>Refused: an AUTH_* GraphQL error, or the plan is not found / the role may not act, reported as data.</summary>
    private static bool IsRefused(JsonObject body, string field)
    {
        var codes = body["errors"]?.AsArray().Select(e => (string?)e!["extensions"]?["code"] ?? string.Empty) ?? [];
        if (codes.Any(code => code.StartsWith("AUTH_", StringComparison.Ordinal)))
        {
            return true;
        }

        var payloadErrors = body["data"]?[field]?["errors"]?.AsArray().Select(e => (string)e!["__typename"]!) ?? [];
        return payloadErrors.Any(type => type is "PlanNotFoundError" or "NotAssessingOfficerError" or "ActorNotPermittedError");
    }

    private async Task<IReadOnlyDictionary<string, string>> PlanIdsAsync()
    {
        using var admin = factory.CreateClientFor("admin-jo");
        var people = (await admin.DataAsync("{ people(first: 10) { nodes { reference plans { id } } } }"))["people"]!["nodes"]!.AsArray();
        // Eve is assessed and has no plan yet (R31): only people with a plan have a row.
        return people.Where(p => p!["plans"]!.AsArray().Count > 0).ToDictionary(p => (string)p!["reference"]!, p => (string)p!["plans"]![0]!["id"]!);
    }
}
