using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;

namespace CarePlanGraph.Api.Tests.Safeguarding;

/// <summary>R30: raising and reading safety concerns (and other casework) is written to the audit log, like any read or change of a person's record.</summary>
public sealed class CaseworkAuditTests
{
    [Fact]
    public async Task R30_raising_a_safety_concern_and_the_safeguarding_team_reading_it_are_audited()
    {
        using var factory = new CarePlanApiFactory();
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var tom = factory.CreateClientFor("sg-tom");
        using var admin = factory.CreateClientFor("admin-jo");
        var planId = await factory.PlanIdAsync("p-cleo");
        await sunrise.SucceedAsync("raiseSafetyConcern", new { planId, concern = "Bruises on her arms." }, "acknowledgement { reference }");
        await tom.DataAsync("query Queue { safeguardingQueue(first: 5) { nodes { concern } } }");

        var rows = (await admin.DataAsync("{ auditLog(first: 100) { nodes { subject action operation personId } } }"))["auditLog"]!["nodes"]!.AsArray();

        Assert.Contains(rows, r => (string)r!["subject"]! == "prov-sunrise" && (string)r["action"]! == "CHANGE" && (string)r["operation"]! == "mutation raiseSafetyConcern");
        Assert.Contains(rows, r => (string)r!["subject"]! == "sg-tom" && (string)r["action"]! == "READ" && (string)r["operation"]! == "query Queue" && r["personId"] is not null);
    }
}
