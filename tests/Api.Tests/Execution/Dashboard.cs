namespace CarePlanGraph.Api.Tests.Execution;

/// <summary>What a provider portal's or Key Worker's dashboard asks for: a page of plans with the person, the plan in force and its items, the assessment and every version.</summary>
internal static class Dashboard
{
    public const string Query = """
        query Dashboard($first: Int) {
          plans(first: $first) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes {
              id
              status
              person { reference fullName }
              nextReviewDue
              agreedVersion {
                number
                totalAnnualCost { formatted }
                supportItems {
                  description
                  frequency
                  quantity
                  unitCost { formatted }
                  annualCost { formatted }
                  arrangement
                  provider { id name }
                }
              }
              assessment {
                completedOn
                indicativeBudget { formatted }
                eligibleNeeds { area description }
                outcomes { description }
                risks { description isSignificant }
              }
              versions { number status totalAnnualCost { formatted } }
            }
          }
        }
        """;

    /// <summary>The dashboard as a provider's portal asks for it: without the budget, which providers do not see (R27).</summary>
    public static string ForProviders => Query.Replace("indicativeBudget { formatted }", string.Empty, StringComparison.Ordinal);

    /// <summary>The dashboard's selection asked for <paramref name="copies"/> times under different aliases.</summary>
    public static string Aliased(int copies)
    {
        var selection = Query[(Query.IndexOf("plans(", StringComparison.Ordinal))..Query.LastIndexOf('}')];
        return "query Dashboards($first: Int) {" + string.Concat(Enumerable.Range(0, copies).Select(i => $" copy{i}: {selection}")) + " }";
    }
}
