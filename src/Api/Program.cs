using CarePlanGraph.Api;
using CarePlanGraph.Api.Demo;
using CarePlanGraph.Api.Diagnostics;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Ide;
using CarePlanGraph.Api.Graph.Transport;
using CarePlanGraph.Api.Graph.Transport.Cors;
using CarePlanGraph.Api.Graph.Transport.RateLimiting;
using CarePlanGraph.Api.Graph.Transport.WebSockets;
using CarePlanGraph.Api.Health;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Root;

HostEnvironmentDefaults.Apply();
var builder = WebApplication.CreateBuilder(args);
if (LocalTokenCommand.IsInvoked(args))
{
    return LocalTokenCommand.Run(args, builder);
}

builder.Services.AddCarePlanData(builder.Configuration, builder.Environment);
builder.Services.AddDemoData();
builder.Services.AddCarePlanAuth(builder.Configuration, builder.Environment);
builder.Services.AddCarePlanGraphQL(builder.Configuration);
builder.Services.AddHealth(builder.Configuration);
builder.Services.AddSqlCommandCounting(builder.Configuration);

var app = builder.Build();

app.Services.StartSchemaWarmUp();
await app.InitialiseCarePlanDatabaseAsync();
app.UseOriginCors();
app.UseCarePlanAuth();
app.UseClientRateLimiting();
app.UseGraphQLIde("/graphql");
app.MapHealth();
app.MapSqlCommandCount();
app.MapGraphQLHttp("/graphql");
app.MapGraphQLWebSockets("/graphql");
await app.RunAsync();
return 0;

/// <summary>The API host. Public so the test host can start it.</summary>
public partial class Program;
