using System.Text.Json;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Bench.Seed;
using Microsoft.EntityFrameworkCore;

// Usage (run.sh does this): ConnectionStrings__CarePlan=… [Database__Provider=Postgres] LocalIssuer__KeyPath=/abs/key.json
//   CarePlanGraph.Bench.Seed --out /abs/bench-data.json [--people 2000] [--providers 20]
// Migrates the database the API will use, loads the data set through the domain's own methods and writes the
// tokens and IDs the scenarios need. The database must be empty: the benchmark always starts from a fresh one.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddCarePlanData(builder.Configuration, builder.Environment);
using var host = builder.Build();

var output = builder.Configuration["out"] ?? throw new InvalidOperationException("--out <file> names where the tokens and IDs go.");
var shape = new DataSetShape(
    People: builder.Configuration.GetValue("people", 2000),
    Providers: builder.Configuration.GetValue("providers", 20),
    KeyWorkers: builder.Configuration.GetValue("keyWorkers", 40),
    FanOutPlans: builder.Configuration.GetValue("fanOutPlans", 6));

var started = DateTime.UtcNow;
await using (var scope = host.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
    await db.Database.MigrateAsync();
    if (await db.People.AnyAsync())
    {
        Console.Error.WriteLine("The database already has people: the benchmark seeds an empty database only.");
        return 2;
    }
}

var ids = await BenchDataSet.LoadAsync(host.Services, shape, TimeProvider.System);
var tokens = new BenchTokens(builder.Configuration, builder.Environment);
var result = ids.WithTokens(tokens);
await File.WriteAllTextAsync(output, JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
Console.Error.WriteLine($"seeded {shape.People} people, {shape.Providers} providers, {shape.KeyWorkers} Key Workers in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
return 0;
