using CarePlanGraph.Api.Graph.Types;
using GraphQL.Types;

namespace CarePlanGraph.Api.Integrations;

/// <summary>One day of an integration's use.</summary>
public sealed record IntegrationUsageDay(DateOnly Day, long Requests, long Errors, long Throttled, IReadOnlyList<IntegrationOperationUse> Operations);

/// <summary>One operation's use on a day.</summary>
public sealed record IntegrationOperationUse(string Operation, long Requests, long Errors);

public sealed class IntegrationUsageDayType : ObjectGraphType<IntegrationUsageDay>
{
    public IntegrationUsageDayType()
    {
        Name = "IntegrationUsageDay";
        Description = "One day (UTC) of an integration's use. Counts are written every few seconds (`Integrations:UsageFlushInterval`), so the last seconds may not show yet.";
        Field<NonNullGraphType<DateType>>("day").Description("The day, UTC.").Resolve(c => c.Source.Day);
        Field<NonNullGraphType<LongGraphType>>("requests").Description("GraphQL requests it made that reached execution or validation.").Resolve(c => c.Source.Requests);
        Field<NonNullGraphType<LongGraphType>>("errors").Description("Of those, the ones answered with GraphQL errors (refusals as data are not errors).").Resolve(c => c.Source.Errors);
        Field<NonNullGraphType<LongGraphType>>("throttled").Description("Requests refused by its rate limit (429).").Resolve(c => c.Source.Throttled);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntegrationOperationUseType>>>>("operations").Description("The operations it ran that day, most used first.").Resolve(c => c.Source.Operations);
    }
}

public sealed class IntegrationOperationUseType : ObjectGraphType<IntegrationOperationUse>
{
    public IntegrationOperationUseType()
    {
        Name = "IntegrationOperationUse";
        Description = "How often an integration ran one operation on a day.";
        Field<NonNullGraphType<StringGraphType>>("operation").Description("The operation: its type and name, e.g. `query ProviderDashboard` (or its top-level fields when it has no name).").Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<LongGraphType>>("requests").Description("How many times.").Resolve(c => c.Source.Requests);
        Field<NonNullGraphType<LongGraphType>>("errors").Description("How many of those were answered with GraphQL errors.").Resolve(c => c.Source.Errors);
    }
}
