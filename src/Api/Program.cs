using CarePlanGraph.Api.Graph.Transport;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Root;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCarePlanData(builder.Configuration, builder.Environment);
builder.Services.AddCarePlanAuth(builder.Environment);
builder.Services.AddCarePlanGraphQL(builder.Configuration);

var app = builder.Build();

await app.InitialiseCarePlanDatabaseAsync();
app.MapGraphQLHttp("/graphql");
await app.RunAsync();

/// <summary>The API host. Public so the test host can start it.</summary>
public partial class Program;
