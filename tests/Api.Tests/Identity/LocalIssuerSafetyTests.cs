using CarePlanGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CarePlanGraph.Api.Tests.Identity;

public sealed class LocalIssuerSafetyTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void The_local_issuer_is_refused_at_startup_outside_development_and_testing(string environment)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("LocalIssuer:Enabled", "true");
            builder.UseSetting("ConnectionStrings:CarePlan", $"Data Source={Path.Combine(Path.GetTempPath(), $"careplan-refused-{Guid.NewGuid():N}.db")}");
        });

        var refusal = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
        Assert.Contains("LocalIssuer", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_are_signed_with_rs256_and_shaped_like_entra_v2_tokens()
    {
        using var factory = new CarePlanApiFactory();
        var token = factory.TokenFor("prov-sunrise");
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        var jwt = handler.ReadJsonWebToken(token);

        Assert.Equal("RS256", jwt.Alg);
        Assert.Equal("2.0", jwt.GetClaim("ver").Value);
        Assert.Equal("api://careplangraph-local", jwt.Audiences.Single());
        Assert.Equal("CarePlan.Provider", jwt.GetClaim("roles").Value);
        Assert.False(jwt.TryGetClaim("scp", out _), "An app-only token carries roles, not a delegated scope.");
    }
}
