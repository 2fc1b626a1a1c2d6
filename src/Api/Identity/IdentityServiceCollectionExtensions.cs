using CarePlanGraph.Api.Graph.Ide;
using CarePlanGraph.Api.Identity.LocalIssuer;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace CarePlanGraph.Api.Identity;

/// <summary>
/// Composes sign-in: Microsoft.Identity.Web validates Entra ID access tokens (section "AzureAd"). In Development and
/// Testing the local issuer replaces Entra ID as the token source; the same handler and authorization code run.
/// </summary>
public static class IdentityServiceCollectionExtensions
{
    public static IServiceCollection AddCarePlanAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var localIssuer = configuration.GetSection(LocalIssuerOptions.Section).Get<LocalIssuerOptions>() ?? new LocalIssuerOptions();
        if (localIssuer.Enabled && !environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                "LocalIssuer:Enabled is true outside Development/Testing. The local token issuer is for development only; configure AzureAd instead.");
        }

        services.AddHttpContextAccessor();
        services.Configure<IdentityOptions>(configuration.GetSection(IdentityOptions.Section));
        services.AddScoped<ClaimsCallerAccessor>();
        services.AddScoped<ICallerAccessor>(provider => provider.GetRequiredService<ClaimsCallerAccessor>());

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(configuration.GetSection("AzureAd"), subscribeToJwtBearerMiddlewareDiagnosticsEvents: false);
        services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            // Keep the token's claim names (sub, roles, scp): the API reads them as issued.
            options.MapInboundClaims = false;
            options.Events ??= new JwtBearerEvents();
            options.Events.OnChallenge = BearerChallenge.WriteAsync;
        });

        // After Microsoft.Identity.Web's own checks (scope or role), the token must name someone known.
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            options.Events ??= new JwtBearerEvents();
            var validated = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = async context =>
            {
                await validated(context).ConfigureAwait(false);
                if (context.Result is null)
                {
                    await KnownCallerCheck.OnTokenValidatedAsync(context).ConfigureAwait(false);
                }
            };
        });

        if (localIssuer.Enabled)
        {
            services.Configure<LocalIssuerOptions>(configuration.GetSection(LocalIssuerOptions.Section));
            services.AddSingleton<LocalTokenIssuer>();
            services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, LocalIssuerJwtBearerSetup>();
            services.AddSingleton<IIdeSignIn, LocalIssuerIdeSignIn>();
        }

        return services;
    }

    /// <summary>Authenticates every request; a request that sent a token that fails gets 401 and a clear WWW-Authenticate.</summary>
    public static WebApplication UseCarePlanAuth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.Authorization.Count > 0 && context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        return app;
    }

    /// <summary>Points the JWT handler at the local issuer: its key, issuer and audience, and no metadata fetch.</summary>
    private sealed class LocalIssuerJwtBearerSetup(LocalTokenIssuer issuer, IOptions<LocalIssuerOptions> local) : IPostConfigureOptions<JwtBearerOptions>
    {
        public void PostConfigure(string? name, JwtBearerOptions options)
        {
            if (name != JwtBearerDefaults.AuthenticationScheme)
            {
                return;
            }

            options.Authority = null;
            options.MetadataAddress = string.Empty;
            options.ConfigurationManager = null;
            options.RequireHttpsMetadata = false;
            var parameters = options.TokenValidationParameters;
            parameters.ValidIssuer = local.Value.Issuer;
            parameters.ValidIssuers = null;
            parameters.IssuerValidator = null;
            parameters.ValidAudience = local.Value.Audience;
            parameters.ValidAudiences = null;
            parameters.IssuerSigningKey = issuer.SigningKey;
            parameters.IssuerSigningKeyValidator = null;
            parameters.IssuerSigningKeyValidatorUsingConfiguration = null;
            parameters.ValidateIssuerSigningKey = true;
            parameters.ValidAlgorithms = [SecurityAlgorithms.RsaSha256];
        }
    }
}
