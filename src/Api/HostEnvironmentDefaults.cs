namespace CarePlanGraph.Api;

/// <summary>
/// Which environment the API runs in when ASPNETCORE_ENVIRONMENT (or DOTNET_ENVIRONMENT) is not set: Development for a
/// Debug build (what <c>dotnet run</c> builds), Production for a Release build (what <c>dotnet publish</c> builds).
/// No launch profile is needed, so <c>dotnet run -- token …</c> prints nothing but the token.
/// See docs/decisions/0006-local-issuer.md.
/// </summary>
public static class HostEnvironmentDefaults
{
    /// <summary>Sets the default as an environment variable, so explicit settings (a test host's, say) still win.</summary>
    public static void Apply()
    {
#if DEBUG
        if (Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is null && Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is null)
        {
            Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", Environments.Development);
        }
#endif
    }
}
