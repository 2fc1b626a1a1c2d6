using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Integrations;
using GraphQL.Types;

namespace CarePlanGraph.Api.Integrations;

/// <summary>A document an integration registered as one its client sends (issue 15).</summary>
public sealed class TrustedDocumentType : ObjectGraphType<TrustedDocument>
{
    public TrustedDocumentType()
    {
        Name = "TrustedDocument";
        Description = "A GraphQL document an integration registered (`registerTrustedDocuments`): its client sends `documentId` instead of the text. Seen by the integration's owners and administrators.";
        Field<NonNullGraphType<StringGraphType>>("documentId").Description("What the client sends as `documentId`: \"sha256:\" and the lowercase hex SHA-256 of the text's UTF-8 bytes.").Resolve(c => c.Source.DocumentId);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The document, exactly as registered.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("operationNames").Description("The names of its operations (anonymous ones are not listed).").Resolve(c => c.Source.OperationNames);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("coordinates").Description("The schema coordinates it selects, e.g. `CarePlan.budget`, `Query.plans`: what changing or removing those fields would break.").Resolve(c => c.Source.Coordinates);
        Field<NonNullGraphType<DateTimeType>>("registeredAt").Description("When it was first registered.").Resolve(c => c.Source.RegisteredAt);
        Field<NonNullGraphType<StringGraphType>>("registeredByName").Description("Who registered it.").Resolve(c => c.Source.RegisteredByName);
    }
}

/// <summary>An integration whose trusted documents select a field, and which documents do.</summary>
public sealed record FieldUsage(Integration Integration, IReadOnlyList<TrustedDocument> Documents);

/// <summary>One integration's use of a field, for <c>fieldUsage</c>.</summary>
public sealed class FieldUsageType : ObjectGraphType<FieldUsage>
{
    public FieldUsageType()
    {
        Name = "FieldUsage";
        Description = "An integration whose trusted documents select the field asked about: tell its contacts before deprecating or removing the field.";
        Field<NonNullGraphType<IntegrationType>>("integration").Description("The integration.").Resolve(c => c.Source.Integration);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrustedDocumentType>>>>("documents").Description("Its trusted documents that select the field.").Resolve(c => c.Source.Documents);
    }
}
