namespace CarePlanGraph.Api.Identity.LocalIssuer;

/// <summary>
/// <c>dotnet run --project src/Api -- token &lt;persona&gt;</c>: prints a signed access token for a demo persona,
/// and nothing else on standard output, so it can be captured with <c>$(…)</c>. Development only.
/// </summary>
public static class LocalTokenCommand
{
    public static bool IsInvoked(string[] args) => Positional(args) is ["token", ..];

    public static int Run(string[] args, WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Environment.IsDevelopment())
        {
            Console.Error.WriteLine("The token command only runs in Development (ASPNETCORE_ENVIRONMENT=Development).");
            return 2;
        }

        var persona = Positional(args) is ["token", var handle] ? DemoPersonas.Find(handle) : null;
        if (persona is null)
        {
            Console.Error.WriteLine("Usage: dotnet run --project src/Api -- token <persona>");
            Console.Error.WriteLine("Personas: " + string.Join(", ", DemoPersonas.All.Select(p => p.Handle)));
            return 2;
        }

        var options = builder.Configuration.GetSection(LocalIssuerOptions.Section).Get<LocalIssuerOptions>() ?? new LocalIssuerOptions();
        var issuer = new LocalTokenIssuer(Microsoft.Extensions.Options.Options.Create(options), builder.Environment);
        Console.Out.WriteLine(issuer.Issue(persona));
        return 0;
    }

    /// <summary>
    /// The words left once the host's own settings are set aside (<c>--key value</c> or <c>--key=value</c>, before or
    /// after the command), so <c>… --contentRoot src/Api token kw-sam</c> prints a token rather than starting the server.
    /// </summary>
    private static string[] Positional(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var words = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith('-'))
            {
                words.Add(args[i]);
            }
            else if (!args[i].Contains('=', StringComparison.Ordinal))
            {
                i++;
            }
        }

        return [.. words];
    }
}
