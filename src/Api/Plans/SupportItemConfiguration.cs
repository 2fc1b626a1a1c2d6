using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Plans;

internal sealed class SupportItemConfiguration : IEntityTypeConfiguration<SupportItem>
{
    public void Configure(EntityTypeBuilder<SupportItem> builder)
    {
        builder.ToTable("SupportItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Description).HasMaxLength(2000);
        builder.Property(i => i.ProviderName).HasMaxLength(200);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.ProviderId);
        builder.Ignore(i => i.AnnualCost);
        builder.Ignore(i => i.WeeklyCost);
        builder.Ignore(i => i.NeedsMet);
        builder.Ignore(i => i.OutcomesMet);
        builder.Property(i => i.NecessityRecordedBy).HasMaxLength(200);
        builder.Property(i => i.NecessityRecordedByName).HasMaxLength(200);
        builder.Property(i => i.NecessityReason).HasMaxLength(2000);

        builder.Property<List<Id<EligibleNeed>>>("_needsMet")
            .HasColumnName("NeedsMet")
            .HasConversion(new IdListConverter<EligibleNeed>(), IdListConverter<EligibleNeed>.Comparer);
        builder.Property<List<Id<DesiredOutcome>>>("_outcomesMet")
            .HasColumnName("OutcomesMet")
            .HasConversion(new IdListConverter<DesiredOutcome>(), IdListConverter<DesiredOutcome>.Comparer);
    }
}
