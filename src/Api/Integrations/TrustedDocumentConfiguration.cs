using CarePlanGraph.Domain.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Integrations;

internal sealed class TrustedDocumentConfiguration : IEntityTypeConfiguration<TrustedDocument>
{
    public void Configure(EntityTypeBuilder<TrustedDocument> builder)
    {
        builder.ToTable("TrustedDocuments");

        // The same text may be trusted by two integrations: each looks up only its own, by id.
        builder.HasKey(d => new { d.IntegrationId, d.DocumentId });
        builder.Property(d => d.DocumentId).HasMaxLength(TrustedDocument.MaxIdLength);
        builder.HasOne<Integration>().WithMany().HasForeignKey(d => d.IntegrationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.RegisteredBySubject).HasMaxLength(200);
        builder.Property(d => d.RegisteredByName).HasMaxLength(200);
        builder.PrimitiveCollection<List<string>>("_operationNames").HasColumnName("OperationNames");
        builder.PrimitiveCollection<List<string>>("_coordinates").HasColumnName("Coordinates");
    }
}
