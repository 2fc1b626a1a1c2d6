using CarePlanGraph.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Subject).HasMaxLength(200);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Operation).HasMaxLength(AuditEntry.MaxOperationLength);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.PersonId);
    }
}
