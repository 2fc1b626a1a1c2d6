using CarePlanGraph.Api.Graph.Authorization;
using GraphQL.Types;

namespace CarePlanGraph.Api.Tests.Trust;

public sealed class FieldPolicyDeclarationTests
{
    private sealed class Sample
    {
        public string Text { get; } = "x";
    }

    [Fact]
    public void R27_a_field_with_a_policy_must_be_nullable_so_a_refusal_cannot_null_its_record()
    {
        var type = new ObjectGraphType<Sample>();
        var refused = Assert.Throws<InvalidOperationException>(() =>
            type.Field<NonNullGraphType<StringGraphType>>("text").Policy("anything").Resolve(c => c.Source.Text));
        Assert.Contains("must be nullable", refused.Message, StringComparison.Ordinal);

        var allowed = type.Field<StringGraphType>("other").Policy("anything").Resolve(c => c.Source.Text);
        Assert.Equal("anything", FieldPolicy.PolicyOf(allowed.FieldType));
    }
}
