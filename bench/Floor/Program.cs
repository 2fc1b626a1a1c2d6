using CarePlanGraph.Api.Diagnostics;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Audit;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;

// The floors the benchmark compares the API with (bench/README.md). Started like the API, on the same core, with the
// API's content root (its settings and development issuer) and the same database:
//   POST /trivial    the answer to { __typename }, with no GraphQL at all;
//   POST /dashboard  the provider dashboard without GraphQL: the caller from the same bearer token and known-caller
//                    check, the same visibility rule, one EF query for the page of 50 plans with the person and the
//                    agreed version's items for this provider, one audit row per person read, written as the API does.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCarePlanData(builder.Configuration, builder.Environment);
builder.Services.AddCarePlanAuth(builder.Configuration, builder.Environment);
builder.Services.AddSqlCommandCounting(builder.Configuration);
var app = builder.Build();

app.UseCarePlanAuth();
app.MapSqlCommandCount();
app.MapPost("/trivial", () => Results.Json(new { data = new Dictionary<string, string> { ["__typename"] = "Query" } }));
app.MapPost("/dashboard", async (ICallerAccessor callers, CarePlanDbContext db, TimeProvider time, HttpRequest request) =>
{
    var cancellationToken = request.HttpContext.RequestAborted;
    if (await callers.GetCallerAsync(cancellationToken) is not { OrganisationId: { } organisation } caller)
    {
        return Results.Unauthorized();
    }

    var first = int.TryParse(request.Query["first"], out var n) ? Math.Clamp(n, 1, 100) : 50;
    var page = await db.CarePlans.AsNoTracking()
        .Where(plan => db.PlanVersions.Any(v => v.PlanId == plan.Id && v.Status == VersionStatus.Agreed && v.SupportItems.Any(i => i.ProviderId == organisation)))
        .OrderBy(plan => plan.CreatedAt).ThenBy(plan => plan.Id)
        .Take(first)
        .Select(plan => new
        {
            plan.Id,
            plan.PersonId,
            Person = db.People.Where(p => p.Id == plan.PersonId).Select(p => new { p.PreferredName }).First(),
            plan.Status,
            plan.NextReviewDue,
            Number = db.PlanVersions.Where(v => v.PlanId == plan.Id && v.Status == VersionStatus.Agreed).Select(v => v.Number).FirstOrDefault(),
            Items = db.PlanVersions.Where(v => v.PlanId == plan.Id && v.Status == VersionStatus.Agreed)
                .SelectMany(v => v.SupportItems)
                .Where(i => i.ProviderId == organisation)
                .OrderBy(i => i.Position)
                .Select(i => new { i.Description, i.Frequency, i.Quantity })
                .ToList(),
        })
        .ToListAsync(cancellationToken);

    var now = time.GetUtcNow();
    db.AuditEntries.AddRange(page.Select(plan => plan.PersonId).Distinct()
        .Select(person => new AuditEntry(caller.ToActor(), organisation, AuditAction.Read, "query plans", person, now)));
    await db.SaveChangesAsync(CancellationToken.None);

    return Results.Json(new
    {
        data = new
        {
            plans = new
            {
                nodes = page.Select(plan => new
                {
                    id = NodeId.Encode("CarePlan", plan.Id.Value),
                    person = new { preferredName = plan.Person.PreferredName },
                    status = plan.Status.ToString(),
                    nextReviewDue = plan.NextReviewDue,
                    agreedVersion = new { number = plan.Number, supportItems = plan.Items.Select(i => new { description = i.Description, frequency = i.Frequency.ToString(), quantity = i.Quantity }) },
                }),
            },
        },
    });
});

await app.RunAsync();
