using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;
using CarePlanGraph.Domain.Integrations;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Integrations;

/// <summary>
/// Two requests that create the same record at once, both past their "is it already there?" check before either
/// saves (held together at the save, so the race happens on every run): one creates it, and the other gets the answer
/// it would have had a moment later, as data, never a 500, and nothing is saved twice.
/// </summary>
public sealed class ConcurrentRegistrationTests
{
    [Fact]
    public async Task Two_registrations_of_one_application_at_once_register_it_once_and_the_other_is_told_it_is_a_duplicate()
    {
        using var factory = new CarePlanApiFactory();
        var gate = new SavesHeldTogether<Integration>(2);
        factory.ConfigureTestServicesWith(services => services.AddSingleton<IInterceptor>(gate));
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var jo = factory.CreateClientFor("admin-jo");
        var input = new
        {
            name = "Sunrise rota tool",
            clientAppId = Guid.NewGuid().ToString(),
            organisationId = await factory.OrganisationIdAsync("prov-sunrise"),
            contacts = new[] { new { name = "Dana Reid", email = "dana@sunrise.example" } },
            access = "READ_ONLY",
        };
        gate.Arm();

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => sunrise.MutateAsync("registerIntegration", input, "integration { id } " + CaseworkClient.Errors)));

        Assert.Equal(2, gate.Arrived);
        Assert.Single(answers, a => a["errors"] is null && a["integration"] is not null);
        var refused = Assert.Single(answers, a => a["errors"] is not null);
        Assert.Equal("DUPLICATE_INTEGRATION", (string)refused["errors"]![0]!["code"]!);
        Assert.Null(refused["integration"]);
        var listed = await jo.DataAsync("query($name: String!) { integrations(where: { name: { eq: $name } }) { totalCount } }", new { name = input.name });
        Assert.Equal(1, (int)listed["integrations"]!["totalCount"]!);
    }

    [Fact]
    public async Task Two_registrations_of_one_trusted_document_at_once_both_succeed_and_it_is_kept_once()
    {
        using var factory = new CarePlanApiFactory();
        var gate = new SavesHeldTogether<TrustedDocument>(2);
        factory.ConfigureTestServicesWith(services => services.AddSingleton<IInterceptor>(gate));
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var jo = factory.CreateClientFor("admin-jo");
        var integrationId = await jo.IntegrationIdAsync("Sunrise Home Care portal");
        var input = new { integrationId, documents = new[] { "query RotaPlans { plans(first: 3) { nodes { id } } }" } };
        gate.Arm();

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => sunrise.MutateAsync("registerTrustedDocuments", input, "documentIds " + CaseworkClient.Errors)));

        Assert.Equal(2, gate.Arrived);
        Assert.All(answers, a => Assert.Null(a["errors"]));
        Assert.All(answers, a => Assert.Single(a["documentIds"]!.AsArray()));
        var held = await sunrise.DataAsync("query($id: ID!) { integration(id: $id) { trustedDocuments { documentId } } }", new { id = integrationId });
        Assert.Single(held["integration"]!["trustedDocuments"]!.AsArray(), d => (string)d!["documentId"]! == (string)answers[0]["documentIds"]![0]!);
    }
}
