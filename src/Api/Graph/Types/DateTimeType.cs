using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Types;

/// <summary>An instant, named <c>DateTime</c> as Hot Chocolate names it.</summary>
public sealed class DateTimeType : DateTimeOffsetGraphType
{
    public DateTimeType()
    {
        Name = "DateTime";
        Description = "An instant in ISO 8601 form with its offset, e.g. `2026-11-02T09:00:00+00:00`. The API answers in UTC.";
    }
}
