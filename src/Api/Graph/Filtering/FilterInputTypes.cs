using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Filtering;

/// <summary>Text operations. Matching ignores the case of A–Z on both databases; operators given together must all hold.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field. Matching ignores the case of the letters A–Z (other letters must match exactly). Every operator given must hold (they are ANDed); give at least one.";
        Field<StringGraphType>("eq").Description("Equal to this text.");
        Field<StringGraphType>("neq").Description("Not equal to this text.");
        Field<StringGraphType>("contains").Description("Contains this text.");
        Field<StringGraphType>("ncontains").Description("Does not contain this text.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description($"Equal to one of these (at most {FilterOptions.MaxInListLength}).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin").Description($"Equal to none of these (at most {FilterOptions.MaxInListLength}).");
        Field<StringGraphType>("startsWith").Description("Starts with this text.");
        Field<StringGraphType>("nstartsWith").Description("Does not start with this text.");
        Field<StringGraphType>("endsWith").Description("Ends with this text.");
        Field<StringGraphType>("nendsWith").Description("Does not end with this text.");
    }
}

/// <summary>Operations on an ordered value (numbers, dates, instants) of scalar <typeparamref name="TScalar"/>.</summary>
public sealed class ComparableOperationFilterInputType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType, new()
{
    public ComparableOperationFilterInputType()
    {
        var scalar = new TScalar().Name;
        Name = $"Comparable{scalar}OperationFilterInput";
        Description = $"Conditions on a {scalar} field. Every operator given must hold (they are ANDed); give at least one. A field with no value matches `eq: null`, never a comparison (gt, gte, lt, lte), so it does match the negated ones (ngt, ngte, nlt, nlte) and `neq`/`nin`.";
        Field<TScalar>("eq").Description("Equal to this value; `null` matches a field with no value.");
        Field<TScalar>("neq").Description("Not equal to this value; `null` matches a field that has a value.");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("in").Description($"Equal to one of these (at most {FilterOptions.MaxInListLength}).");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("nin").Description($"Equal to none of these (at most {FilterOptions.MaxInListLength}).");
        Field<TScalar>("gt").Description("Greater (later) than this value.");
        Field<TScalar>("ngt").Description("Not greater (later) than this value.");
        Field<TScalar>("gte").Description("Greater (later) than or equal to this value.");
        Field<TScalar>("ngte").Description("Not greater (later) than or equal to this value.");
        Field<TScalar>("lt").Description("Less (earlier) than this value.");
        Field<TScalar>("nlt").Description("Not less (earlier) than this value.");
        Field<TScalar>("lte").Description("Less (earlier) than or equal to this value.");
        Field<TScalar>("nlte").Description("Not less (earlier) than or equal to this value.");
    }
}

/// <summary>Operations on an enum field of type <typeparamref name="TEnumType"/>.</summary>
public sealed class EnumOperationFilterInputType<TEnumType> : InputObjectGraphType
    where TEnumType : EnumerationGraphType, new()
{
    public EnumOperationFilterInputType()
    {
        var name = new TEnumType().Name;
        Name = $"{name}OperationFilterInput";
        Description = $"Conditions on a {name} field. Every operator given must hold (they are ANDed); give at least one.";
        Field<TEnumType>("eq").Description("Equal to this value.");
        Field<TEnumType>("neq").Description("Not equal to this value.");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("in").Description($"One of these (at most {FilterOptions.MaxInListLength}).");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("nin").Description($"None of these (at most {FilterOptions.MaxInListLength}).");
    }
}

/// <summary>Operations on a field that refers to another record by its global ID.</summary>
public sealed class IdOperationFilterInputType : InputObjectGraphType
{
    public IdOperationFilterInputType()
    {
        Name = "IdOperationFilterInput";
        Description = "Conditions on a field that refers to a record by its global ID (as `node(id:)` takes). Every operator given must hold (they are ANDed); give at least one. An ID of the wrong type is an INVALID_ID error.";
        Field<IdGraphType>("eq").Description("Refers to this record.");
        Field<IdGraphType>("neq").Description("Does not refer to this record.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("in").Description($"Refers to one of these records (at most {FilterOptions.MaxInListLength}).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("nin").Description($"Refers to none of these records (at most {FilterOptions.MaxInListLength}).");
    }
}

/// <summary>Operations on a yes-or-no field.</summary>
public sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a yes-or-no field. Every operator given must hold (they are ANDed); give at least one.";
        Field<BooleanGraphType>("eq").Description("Equal to this value.");
        Field<BooleanGraphType>("neq").Description("Not equal to this value.");
    }
}

/// <summary>Limits on filters, published in the schema's descriptions.</summary>
public static class FilterOptions
{
    /// <summary>How deeply <c>and</c>, <c>or</c> and list filters may nest inside one another.</summary>
    public const int MaxDepth = 4;

    /// <summary>The most values an <c>in</c> or <c>nin</c> list may hold.</summary>
    public const int MaxInListLength = 100;
}
