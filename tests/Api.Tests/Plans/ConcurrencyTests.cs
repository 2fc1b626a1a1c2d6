using System.Net.Http.Headers;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Plans;

/// <summary>Optimistic concurrency on a plan version: the second writer gets a typed conflict, and nothing the first wrote is lost.</summary>
public sealed class ConcurrencyTests
{
    private const string Conflict = "plan { id } errors { ... on Error { code } ... on EditConflictError { expectedRevision actualRevision } }";

    [Fact]
    public async Task Two_writers_with_the_same_expected_revision_the_second_gets_an_edit_conflict_and_the_first_change_survives()
    {
        using var factory = new CarePlanApiFactory();
        using var lee = factory.CreateClientFor("sp-lee");
        using var ada = factory.CreateClientFor("p-ada");
        var plan = await ada.PlanOfAsync("p-ada");
        var seen = plan.Revision();

        await lee.SucceedAsync("updatePlanAnswers", new { planId = plan.Id(), expectedRevision = seen, answers = new { whatToChange = "Lee's wording." } });
        var second = await ada.MutateAsync("addSupportItem", new { planId = plan.Id(), expectedRevision = seen, item = new { description = "Ada's item", unitCostPence = 1000, frequency = "WEEKLY", quantity = 1 } }, Conflict);

        var error = Assert.Single(second["errors"]!.AsArray())!;
        Assert.Equal(("EDIT_CONFLICT", seen, seen + 1), ((string)error["code"]!, (int)error["expectedRevision"]!, (int)error["actualRevision"]!));
        var after = (await ada.DataAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { currentVersion { revision answers { whatToChange } supportItems { description } } } } }", new { id = plan.Id() }))["node"]!["currentVersion"]!;
        Assert.Equal(seen + 1, (int)after["revision"]!);
        Assert.Equal("Lee's wording.", (string)after["answers"]!["whatToChange"]!);
        Assert.Equal(["Morning personal care"], after["supportItems"]!.AsArray().Select(i => (string)i!["description"]!));
    }

    [Fact]
    public async Task A_write_overtaken_between_reading_and_saving_is_an_edit_conflict_from_the_database_and_the_other_write_survives()
    {
        using var factory = new CarePlanApiFactory();
        var overtaker = new OvertakingWriter();
        using var racing = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.ConfigureDbContext<CarePlanDbContext>(options => options.AddInterceptors(overtaker))));
        using var ada = racing.CreateClient();
        ada.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.TokenFor("p-ada"));
        var plan = await ada.PlanOfAsync("p-ada");

        // Ada's edit passes the domain's check (no expectedRevision), but someone else saves first.
        overtaker.Armed = true;
        var payload = await ada.MutateAsync("updatePlanAnswers", new { planId = plan.Id(), answers = new { whatToChange = "Ada's wording." } }, Conflict);

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("EDIT_CONFLICT", plan.Revision(), plan.Revision() + 1), ((string)error["code"]!, (int)error["expectedRevision"]!, (int)error["actualRevision"]!));
        var after = (await ada.DataAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { currentVersion { revision answers { whatToChange } } } } }", new { id = plan.Id() }))["node"]!["currentVersion"]!;
        Assert.Equal(OvertakingWriter.TheirWording, (string)after["answers"]!["whatToChange"]!);
        Assert.Equal(plan.Revision() + 1, (int)after["revision"]!);
    }

    /// <summary>Another writer that saves its change to the same version just before the request's own save.</summary>
    private sealed class OvertakingWriter : SaveChangesInterceptor
    {
        public const string TheirWording = "Someone else's wording, saved first.";

        public bool Armed { get; set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Armed && eventData.Context is CarePlanDbContext db
                && db.ChangeTracker.Entries<PlanVersion>().FirstOrDefault(e => e.State == EntityState.Modified) is { } version)
            {
                Armed = false;
                var id = version.Property(v => v.Id).CurrentValue.Value;
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""UPDATE "PlanVersions" SET "EditRevision" = "EditRevision" + 1, "WhatToChange" = {TheirWording} WHERE "Id" = {id}""",
                    cancellationToken);
            }

            return await base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
