using CarePlanGraph.Api.Graph.Filtering;
using CarePlanGraph.Api.Graph.Sorting;
using GraphQL;
using GraphQL.Types;

namespace CarePlanGraph.Api.Tests.Paging;

/// <summary>The generic filter and sort definitions, translated to expressions and run here over objects (the HTTP tests run them in the databases).</summary>
public sealed class FilterDefinitionTests
{
    public enum Shade
    {
        Red,
        Blue,
    }

    public sealed record Part(string Label, int Weight);

    public sealed record Row(string Name, int Size, DateOnly? Due, Shade Shade, IReadOnlyList<Part> Parts);

    private sealed class ShadeType : EnumerationGraphType<Shade>;

    private static readonly FilterDefinition<Part> Parts = new FilterDefinition<Part>("Part")
        .Text("label", p => p.Label, "label")
        .Comparable<IntGraphType, int>("weight", p => p.Weight, "weight");

    private static readonly FilterDefinition<Row> Filter = new FilterDefinition<Row>("Row")
        .Text("name", r => r.Name, "name")
        .Comparable<IntGraphType, int>("size", r => r.Size, "size")
        .Comparable<DateGraphType, DateOnly?>("due", r => r.Due, "due")
        .Enum<ShadeType, Shade>("shade", r => r.Shade, "shade")
        .List("parts", r => r.Parts, Parts, "parts");

    private static readonly Row[] Rows =
    [
        new("Ada", 3, new DateOnly(2026, 1, 1), Shade.Red, [new("wheel", 2)]),
        new("BEN", 5, null, Shade.Blue, [new("Wheel", 9), new("axle", 1)]),
        new("Élodie", 7, new DateOnly(2026, 6, 1), Shade.Blue, []),
    ];

    private static Dictionary<string, object?> Where(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private static Dictionary<string, object?> On(string field, string op, object? value) => Where((field, Where((op, value))));

    private static string[] Names(Dictionary<string, object?> where) =>
        [.. Rows.AsQueryable().Where(Filter.Predicate(where)).Select(r => r.Name)];

    [Fact]
    public void Text_matching_ignores_the_case_of_A_to_Z_only()
    {
        Assert.Equal(["BEN"], Names(On("name", "eq", "ben")));
        Assert.Equal(["Ada", "BEN"], Names(On("name", "nstartsWith", "é")));
        Assert.Equal(["Élodie"], Names(On("name", "endsWith", "DIE")));
        Assert.Equal(["Ada", "Élodie"], Names(On("name", "nin", new List<object?> { "Ben" })));
        Assert.Equal("élodie", QueryExpressions.AsciiLower("éLODIE"));
    }

    [Fact]
    public void Operators_and_fields_given_together_are_ANDed_and_or_combines_filters()
    {
        Assert.Equal(["BEN"], Names(Where(("size", Where(("gt", 3), ("lt", 7))))));
        Assert.Empty(Names(Where(("size", Where(("gt", 5), ("lt", 3))))));
        Assert.Equal(["Ada", "Élodie"], Names(Where(("or", new List<object?> { Where(("size", Where(("eq", 3)))), Where(("shade", Where(("eq", Shade.Blue))), ("size", Where(("gte", 7), ("nlt", 7)))) }))));
    }

    [Fact]
    public void A_missing_value_matches_eq_null_and_the_negations_but_never_a_comparison()
    {
        Assert.Equal(["BEN"], Names(On("due", "eq", null)));
        Assert.Equal(["Élodie"], Names(On("due", "gt", new DateOnly(2026, 3, 1))));
        Assert.Equal(["Ada", "BEN"], Names(On("due", "ngt", new DateOnly(2026, 3, 1))));
        Assert.Equal(["Ada", "BEN"], Names(On("due", "nin", new List<object?> { new DateOnly(2026, 6, 1) })));
    }

    [Fact]
    public void List_filters_ask_some_all_none_and_any()
    {
        Assert.Equal(["Ada", "BEN"], Names(On("parts", "some", On("label", "eq", "WHEEL"))));
        Assert.Equal(["Ada", "Élodie"], Names(On("parts", "all", On("weight", "lt", 5))));
        Assert.Equal(["Élodie"], Names(On("parts", "none", On("weight", "gte", 0))));
        Assert.Equal(["Élodie"], Names(On("parts", "any", false)));
    }

    [Fact]
    public void Empty_too_deep_and_too_long_filters_are_refused_with_INVALID_FILTER()
    {
        var deep = Where(("name", Where(("eq", "a"))));
        for (var i = 0; i < FilterOptions.MaxDepth; i++)
        {
            deep = Where(("and", new List<object?> { deep }));
        }

        Dictionary<string, object?>[] bad =
        [
            Where(),
            Where(("name", Where())),
            Where(("or", new List<object?>())),
            Where(("name", Where(("contains", null)))),
            Where(("size", Where(("eq", null)))),
            Where(("size", Where(("in", Enumerable.Range(0, FilterOptions.MaxInListLength + 1).Cast<object?>().ToList())))),
            deep,
        ];
        foreach (var where in bad)
        {
            var error = Assert.Throws<ExecutionError>(() => Filter.Predicate(where));
            Assert.Equal("INVALID_FILTER", error.Code);
        }

        Assert.Equal(3, Names(On("size", "in", Enumerable.Range(0, FilterOptions.MaxInListLength).Cast<object?>().ToList())).Length);
    }

    [Fact]
    public void Sort_entries_name_one_declared_field_each_and_each_field_once()
    {
        var sort = new SortDefinition<Row>("Row").Field("name", r => r.Name, "name").Field("size", r => r.Size, "size");

        var keys = sort.Keys([Where(("size", SortDirection.Descending)), Where(("name", SortDirection.Ascending))]);
        Assert.Equal(["size", "name"], keys.Select(k => k.Key.Name));

        foreach (var order in new[] { [Where()], [Where(("size", SortDirection.Ascending), ("name", SortDirection.Ascending))], new[] { Where(("size", SortDirection.Ascending)), Where(("size", SortDirection.Descending)) } })
        {
            Assert.Equal("INVALID_ORDER", Assert.Throws<ExecutionError>(() => sort.Keys(order)).Code);
        }

        Assert.Throws<InvalidOperationException>(() => sort.Field("shade", r => r.Shade, "enums have no common order"));
    }
}
