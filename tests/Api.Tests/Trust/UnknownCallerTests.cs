using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Subscriptions;
using CarePlanGraph.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Trust;

/// <summary>
/// R35: a token the local issuer signs properly (right issuer, audience, lifetime, scope or role) but that names no
/// known person, staff member or organisation, or names one in a role it does not hold, opens nothing: 401 over
/// HTTP with the reason, 4403 on a WebSocket.
/// </summary>
public sealed class UnknownCallerTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    public static TheoryData<string> Impostors => new()
    {
        "unknown person",
        "unknown administrator",
        "key worker claiming administrator",
        "unknown provider",
        "planner claiming provider",
        "unknown carer",
        "person claiming carer",
    };

    [Theory]
    [MemberData(nameof(Impostors))]
    public async Task R35_a_validly_signed_token_naming_no_known_caller_in_that_role_gets_401_with_the_reason(string impostor)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ me { subject roles } }" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(impostor));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.Contains("error=\"invalid_token\"", challenge, StringComparison.Ordinal);
        Assert.Contains("error_description=\"The access token names no person, staff member or organisation this council knows in that role.\"", challenge, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Impostors))]
    public async Task R35_over_a_WebSocket_connection_init_with_such_a_token_closes_the_socket_with_4403(string impostor)
    {
        await using var client = await GraphQLWsClient.ConnectAsync(factory.Server);

        await client.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["Authorization"] = "Bearer " + TokenFor(impostor) } });
        var (code, _) = await client.ClosedAsync();

        Assert.Equal(4403, code);
    }

    [Fact]
    public async Task The_same_issuer_signs_the_known_personas_in_their_own_roles_and_they_are_let_in()
    {
        // The control: the refusals above are about who the token names, not how it was made.
        foreach (var persona in new[] { DemoPersonas.Find("p-ada")!, DemoPersonas.Find("admin-jo")!, DemoPersonas.Find("prov-oak")!, DemoPersonas.Find("carer-fay")! })
        {
            using var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Issue(persona));
            Assert.Equal(persona.Handle, (string)(await client.DataAsync("{ me { subject } }"))["me"]!["subject"]!);
        }
    }

    private string TokenFor(string impostor) => Issue(impostor switch
    {
        "unknown person" => new Persona("p-zed", "Zed Unknown", ActorRole.Person, false),
        "unknown administrator" => new Persona("admin-zed", "Zed Unknown", ActorRole.Administrator, false),
        "key worker claiming administrator" => DemoPersonas.Find("kw-sam")! with { Role = ActorRole.Administrator },
        "unknown provider" => new Persona("prov-zed", "Zed Care portal", ActorRole.Provider, true),
        "planner claiming provider" => DemoPersonas.Find("sp-lee")! with { Role = ActorRole.Provider, IsApplication = true },
        "unknown carer" => new Persona("carer-zed", "Zed Unknown", ActorRole.Helper, false),
        "person claiming carer" => DemoPersonas.Find("p-ada")! with { Role = ActorRole.Helper },
        _ => throw new ArgumentOutOfRangeException(nameof(impostor), impostor, "No such impostor."),
    });

    private string Issue(Persona persona) => factory.Services.GetRequiredService<LocalTokenIssuer>().Issue(persona);
}
