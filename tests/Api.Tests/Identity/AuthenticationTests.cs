using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CarePlanGraph.Api.Tests.Infrastructure;

namespace CarePlanGraph.Api.Tests.Identity;

/// <summary>Tokens go through the real JWT handler (Microsoft.Identity.Web); bad ones get 401 with a reason.</summary>
public sealed class AuthenticationTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    [Theory]
    [InlineData("kw-sam", "Sam Okafor", "KEY_WORKER")]
    [InlineData("p-ada", "Ada Mensah", "PERSON")]
    [InlineData("prov-sunrise", "Sunrise Home Care portal", "PROVIDER")]
    [InlineData("sp-lee", "Lee Chen", "SUPPORT_PLANNER")]
    [InlineData("admin-jo", "Jo Bennett", "ADMINISTRATOR")]
    public async Task A_persona_token_signs_in_as_that_persona(string persona, string name, string role)
    {
        using var client = factory.CreateClientFor(persona);
        var me = (await client.DataAsync("{ me { subject name roles } }"))["me"]!;

        Assert.Equal(persona, (string)me["subject"]!);
        Assert.Equal(name, (string)me["name"]!);
        Assert.Equal(role, (string)me["roles"]![0]!);
    }

    [Fact]
    public async Task Anonymous_callers_get_typename_but_no_data()
    {
        using var client = factory.CreateClient();
        var body = await client.PostAsync("{ __typename people { totalCount } }");

        Assert.Equal("Query", (string)body["data"]!["__typename"]!);
        Assert.Null(body["data"]!["people"]);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "expired", "expired" },
        { "wrong audience", "wrong audience" },
        { "wrong signature", "signature" },
        { "no scope or role", "no scope or role" },
        { "not a token", "malformed" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_gets_401_with_a_clear_reason(string kind, string reasonContains)
    {
        var token = kind switch
        {
            "expired" => factory.TokenFor("kw-sam", lifetime: TimeSpan.FromMinutes(-10)),
            "wrong audience" => factory.TokenFor("kw-sam", audience: "api://some-other-api"),
            "wrong signature" => Tamper(factory.TokenFor("kw-sam")),
            "no scope or role" => factory.TokenFor("prov-sunrise", withScopeOrRole: false),
            _ => "this-is-not-a-jwt",
        };
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ me { name } }" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.StartsWith("Bearer", challenge, StringComparison.Ordinal);
        Assert.Contains("invalid_token", challenge, StringComparison.Ordinal);
        Assert.True(challenge.Contains(reasonContains, StringComparison.OrdinalIgnoreCase), challenge);
    }

    /// <summary>Flips a character of the signature, keeping the header and payload intact.</summary>
    private static string Tamper(string token)
    {
        var last = token[^5] == 'A' ? 'B' : 'A';
        return token[..^5] + last + token[^4..];
    }
}
