using CarePlanGraph.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Webhooks.Delivery;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>, IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);

        // One delivery per event and endpoint, whichever instance made it.
        builder.HasIndex(d => new { d.EndpointId, d.EventId }).IsUnique();

        // The claim's query: due pending deliveries, and the earlier ones of the same plan that hold them back.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.EndpointId, d.PlanId, d.Sequence });
        builder.Property(d => d.Payload).IsRequired();
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.Property(d => d.LeaseOwner).HasMaxLength(100);
        builder.Property(d => d.Revision).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<WebhookAttempt> builder)
    {
        builder.ToTable("WebhookAttempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<WebhookDelivery>().WithMany().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.DeliveryId, a.AttemptedAt });
        builder.Property(a => a.Error).HasMaxLength(1000);
        builder.Property(a => a.ResponseExcerpt).HasMaxLength(2000);
    }
}
