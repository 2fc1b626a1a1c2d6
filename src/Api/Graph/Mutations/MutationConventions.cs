using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Mutations;

/// <summary>Entry point for declaring mutations in Hot Chocolate's conventions on a mutation root type.</summary>
public static class MutationConventions
{
    /// <summary>
    /// Starts declaring <c>name(input: NameInput!): NamePayload!</c>. Finish with
    /// <see cref="MutationFieldBuilder{T}.Resolve"/>, which adds the field.
    /// </summary>
    public static MutationFieldBuilder<T> Mutation<T>(this ObjectGraphType root, string name, string description)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new MutationFieldBuilder<T>(root, name, description);
    }
}
