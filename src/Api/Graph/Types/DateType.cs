using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Types;

/// <summary>A calendar date, named <c>Date</c> as Hot Chocolate and the DESIGN contract name it.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, `yyyy-MM-dd`, e.g. `2026-11-29`. No time and no time zone.";
        // The LocalDate scalar specification: exactly this pattern, for input and result.
        this.SpecifiedBy("https://scalars.graphql.org/andimarek/local-date.html");
    }
}
