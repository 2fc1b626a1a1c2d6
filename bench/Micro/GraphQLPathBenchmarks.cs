using BenchmarkDotNet.Attributes;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Root;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;

namespace CarePlanGraph.Bench.Micro;

/// <summary>
/// One request's parse → validate → execute → serialise with the API's real schema and engine options (limits,
/// middleware, listeners), without HTTP: <c>{ __typename }</c>, an introspection of the CarePlan type, and the
/// dashboard's document sent anonymously (parsed and validated in full, then refused at its first field).
/// </summary>
[MemoryDiagnoser]
public class GraphQLPathBenchmarks
{
    private WebApplication _app = null!;
    private IDocumentExecuter<ISchema> _executer = null!;
    private IGraphQLTextSerializer _serializer = null!;
    private string _query = null!;
    private Inputs? _variables;

    [Params("trivial", "introspect-careplan", "dashboard-anonymous")]
    public string Document { get; set; } = "trivial";

    [GlobalSetup]
    public void Setup()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CarePlan"] = "Data Source=:memory:",
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "00000000-0000-0000-0000-000000000000",
            ["AzureAd:ClientId"] = "careplangraph-local",
            ["AzureAd:Audience"] = "api://careplangraph-local",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddCarePlanData(builder.Configuration, builder.Environment);
        builder.Services.AddCarePlanAuth(builder.Configuration, builder.Environment);
        builder.Services.AddCarePlanGraphQL(builder.Configuration);
        _app = builder.Build();
        _executer = _app.Services.GetRequiredService<IDocumentExecuter<ISchema>>();
        _serializer = _app.Services.GetRequiredService<IGraphQLTextSerializer>();
        (_query, _variables) = Document switch
        {
            "trivial" => (Scenario("trivial"), null),
            "introspect-careplan" => ("{ __type(name: \"CarePlan\") { name description fields { name description type { name kind ofType { name kind } } } } }", null),
            _ => (Scenario("dashboard"), new Inputs(new Dictionary<string, object?> { ["first"] = 50 })),
        };
    }

    [GlobalCleanup]
    public void Cleanup() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<string> ParseValidateExecuteSerialise()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Query = _query,
            Variables = _variables,
            RequestServices = scope.ServiceProvider,
            ValidationRules = DocumentValidator.CoreRules,
        }).ConfigureAwait(false);
        return _serializer.Serialize(result);
    }

    private static string Scenario(string name) => string.Join('\n', File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "scenarios", name + ".graphql"))
        .Where(line => !line.TrimStart().StartsWith('#')));
}
