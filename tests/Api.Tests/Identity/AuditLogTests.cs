using System.Data.Common;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Identity;

/// <summary>R30: every read of a person's record is written to an append-only log that only administrators read.</summary>
public sealed class AuditLogTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private const string AuditQuery = "{ auditLog(first: 100) { nodes { subject role action operation personId } } }";

    [Fact]
    public async Task R30_a_providers_query_leaves_an_audit_row_per_person_read()
    {
        using var provider = factory.CreateClientFor("prov-oak");
        await provider.DataAsync("query OakClients { plans(first: 5) { nodes { status } } }");

        using var admin = factory.CreateClientFor("admin-jo");
        var rows = (await admin.DataAsync(AuditQuery))["auditLog"]!["nodes"]!.AsArray()
            .Where(r => (string)r!["subject"]! == "prov-oak")
            .ToList();

        var row = Assert.Single(rows);
        Assert.Equal("PROVIDER", (string)row!["role"]!);
        Assert.Equal("READ", (string)row["action"]!);
        Assert.Equal("query OakClients", (string)row["operation"]!);
        Assert.NotNull((string?)row["personId"]);
    }

    [Fact]
    public async Task R30_a_plan_version_read_without_its_plan_is_logged_as_a_read_of_the_plans_person()
    {
        using var admin = factory.CreateClientFor("admin-jo");
        using var keyWorker = factory.CreateClientFor("kw-sam");
        var plan = (await keyWorker.DataAsync("{ plans(first: 20) { nodes { person { id } agreedVersion { id } } } }"))["plans"]!["nodes"]!.AsArray()
            .First(p => p!["agreedVersion"] is not null)!;
        var operation = "VersionAlone" + Guid.NewGuid().ToString("N");

        await keyWorker.PostAsync($"query {operation}($id: ID!) {{ node(id: $id) {{ ... on PlanVersion {{ number }} }} }}", new { id = (string)plan["agreedVersion"]!["id"]! });

        var rows = (await admin.DataAsync(AuditQuery))["auditLog"]!["nodes"]!.AsArray()
            .Where(r => (string)r!["operation"]! == "query " + operation)
            .ToList();
        var row = Assert.Single(rows);
        Assert.Equal((string)plan["person"]!["id"]!, (string)row!["personId"]!);
    }

    [Fact]
    public async Task R30_a_change_is_logged_with_who_and_which_mutation_in_the_same_save()
    {
        using var admin = factory.CreateClientFor("admin-jo");
        var ada = (await admin.DataAsync("{ people(first: 1) { nodes { id plans { id } } } }"))["people"]!["nodes"]![0]!;
        using var planner = factory.CreateClientFor("sp-lee");
        await planner.DataAsync(
            "mutation($id: ID!) { updatePlanAnswers(input: { planId: $id, answers: { whatToChange: \"Walk to the park again.\" } }) { errors { __typename } } }",
            new { id = (string)ada["plans"]![0]!["id"]! });

        var rows = (await admin.DataAsync("query($p: ID) { auditLog(first: 50, personId: $p) { nodes { subject role action operation } } }", new { p = (string)ada["id"]! }))["auditLog"]!["nodes"]!.AsArray();

        Assert.Contains(rows, r => (string)r!["subject"]! == "sp-lee"
            && (string)r["role"]! == "SUPPORT_PLANNER"
            && (string)r["action"]! == "CHANGE"
            && (string)r["operation"]! == "mutation updatePlanAnswers");
    }

    [Theory]
    [InlineData("kw-sam")]
    [InlineData("prov-sunrise")]
    [InlineData("p-ada")]
    public async Task R30_only_administrators_read_the_audit_log(string persona)
    {
        using var client = factory.CreateClientFor(persona);
        var body = await client.PostAsync(AuditQuery);

        Assert.Null(body["data"]!["auditLog"]);
        Assert.Equal("AUTH_FIELD_FORBIDDEN", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task R30_audit_rows_cannot_be_changed_or_deleted()
    {
        using var client = factory.CreateClientFor("p-cleo");
        await client.DataAsync("{ plans(first: 1) { nodes { status } } }");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var row = await db.AuditEntries.FirstAsync();
        db.AuditEntries.Remove(row);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task R30_the_database_itself_refuses_to_update_or_delete_audit_rows_whatever_the_provider()
    {
        using var client = factory.CreateClientFor("p-cleo");
        await client.DataAsync("{ plans(first: 1) { nodes { status } } }");

        // Raw SQL passes the application's interceptor by: the trigger in each provider's migrations still refuses.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var before = await db.AuditEntries.CountAsync();
        Assert.True(before > 0, "The read should have written an audit row.");

        var update = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Subject\" = 'someone-else'"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));

        Assert.All(new[] { update, delete }, refusal => Assert.Contains("append-only", refusal.Message, StringComparison.Ordinal));
        Assert.Equal(before, await db.AuditEntries.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync(e => e.Subject == "someone-else"));
    }
}
