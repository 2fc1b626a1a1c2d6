using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Types;

/// <summary>
/// GraphQL.NET's <c>Long</c>, described and pointed at its specification. Registered in place of
/// <see cref="LongGraphType"/> (see <c>AddScalars</c>), so every field declared with that type gets this one.
/// </summary>
public sealed class LongType : LongGraphType
{
    public LongType()
    {
        Name = "Long";
        Description = "A 64-bit signed integer, sent as a JSON number: money in whole pence and counts. Values beyond ±2^53 lose precision in JavaScript's JSON.parse; this API's amounts stay well below.";
        this.SpecifiedBy("https://scalars.graphql.org/apollographql/long-v0.1.html");
    }
}
