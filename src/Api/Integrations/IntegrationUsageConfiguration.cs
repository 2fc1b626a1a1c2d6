using CarePlanGraph.Domain.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Integrations;

internal sealed class IntegrationUsageConfiguration : IEntityTypeConfiguration<IntegrationUsage>
{
    public const string Table = "IntegrationUsage";

    public void Configure(EntityTypeBuilder<IntegrationUsage> builder)
    {
        builder.ToTable(Table);

        // The upsert's conflict target: one row per integration, day and operation.
        builder.HasKey(u => new { u.IntegrationId, u.Day, u.Operation });
        builder.Property(u => u.Operation).HasMaxLength(IntegrationUsageRecorder.MaxOperationLength);
        builder.HasOne<Integration>().WithMany().HasForeignKey(u => u.IntegrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
