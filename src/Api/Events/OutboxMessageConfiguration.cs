using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Events;

/// <summary>The outbox table: one row per published plan event, keyed by the event id.</summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.EventId);
        builder.Property(m => m.EventId).ValueGeneratedNever();
        builder.Property(m => m.Payload).IsRequired();
        builder.Property(m => m.LeaseOwner).HasMaxLength(100);

        // The dispatcher's query: pending rows of a plan, in order.
        builder.HasIndex(m => new { m.DispatchedAt, m.PlanId, m.Sequence });

        // The webhook stager's query: events not yet staged, oldest first.
        builder.HasIndex(m => new { m.WebhooksStagedAt, m.CreatedAt });
    }
}
