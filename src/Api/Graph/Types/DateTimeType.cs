using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Types;

/// <summary>An instant, named <c>DateTime</c> as Hot Chocolate names it.</summary>
public sealed class DateTimeType : DateTimeOffsetGraphType
{
    public DateTimeType()
    {
        Name = "DateTime";
        Description = "An instant in ISO 8601 form with its offset, e.g. `2026-11-02T09:00:00+00:00`. The API answers in UTC.";
        // RFC 3339 date-time itself: the scalars.graphql.org DateTime profile demands exactly three fraction digits
        // and Z for UTC, which the answers here (+00:00, fractions as stored) do not follow.
        this.SpecifiedBy("https://www.rfc-editor.org/rfc/rfc3339#section-5.6");
    }
}
