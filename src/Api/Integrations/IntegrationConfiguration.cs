using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Integrations;

internal sealed class IntegrationConfiguration : IEntityTypeConfiguration<Integration>
{
    public void Configure(EntityTypeBuilder<Integration> builder)
    {
        builder.ToTable("Integrations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Name).HasMaxLength(Integration.MaxNameLength);

        // Tokens are mapped to their integration by this id on every request: unique, and indexed for that lookup.
        builder.HasIndex(i => i.ClientAppId).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.OrganisationId);
        builder.Property(i => i.RegisteredBySubject).HasMaxLength(200);
        builder.Property(i => i.RegisteredByName).HasMaxLength(200);
        builder.Property(i => i.DecidedByName).HasMaxLength(200);
        builder.Property(i => i.Reasons).HasMaxLength(Integration.MaxReasonLength);
        builder.Property(i => i.EditRevision).IsConcurrencyToken();
        builder.Ignore(i => i.RefusalReason);

        builder.PrimitiveCollection<List<string>>("_origins").HasColumnName("Origins");
        builder.PrimitiveCollection<List<string>>("_webhookUrls").HasColumnName("WebhookUrls");
        builder.Navigation(i => i.Contacts).HasField("_contacts");
        builder.OwnsMany(i => i.Contacts, contact =>
        {
            contact.ToJson("Contacts");
            contact.Property(c => c.Name).HasMaxLength(Integration.MaxNameLength);
            contact.Property(c => c.Email).HasMaxLength(254);
        });
    }
}
