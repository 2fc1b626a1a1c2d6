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

        // A provider sees the plans whose agreed version has one of its items (R27): this index answers "does this
        // version have an item of this provider?" without scanning every item of the provider, per plan (bench/: the
        // provider dashboard's visibility query took 4 s on 2,000 plans without it, 4 ms with it).
        builder.HasIndex("PlanVersionId", nameof(SupportItem.ProviderId));
        builder.Ignore(i => i.AnnualCost);
        builder.Ignore(i => i.WeeklyCost);
        builder.Ignore(i => i.NeedsMet);
        builder.Ignore(i => i.OutcomesMet);
        builder.Property(i => i.NecessityRecordedBy).HasMaxLength(200);
        builder.Property(i => i.NecessityRecordedByName).HasMaxLength(200);
        builder.Property(i => i.NecessityReason).HasMaxLength(2000);

        builder.Property<List<Id<EligibleNeed>>>("_needsMet")
            .HasColumnName("NeedsMet")
            .HasConversion(new IdListConverter<EligibleNeed>(), ListComparer<Id<EligibleNeed>>.Instance);
        builder.Property<List<Id<DesiredOutcome>>>("_outcomesMet")
            .HasColumnName("OutcomesMet")
            .HasConversion(new IdListConverter<DesiredOutcome>(), ListComparer<Id<DesiredOutcome>>.Instance);
    }
}
