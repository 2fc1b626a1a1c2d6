namespace CarePlanGraph.Api.Graph.Paging;

/// <summary>Page sizes for every connection.</summary>
public static class PagingOptions
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxPageSize = 100;
}
