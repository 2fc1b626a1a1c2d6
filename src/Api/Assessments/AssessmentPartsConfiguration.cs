using CarePlanGraph.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Assessments;

internal sealed class AssessmentPartsConfiguration :
    IEntityTypeConfiguration<EligibleNeed>,
    IEntityTypeConfiguration<DesiredOutcome>,
    IEntityTypeConfiguration<IdentifiedRisk>
{
    private const int DescriptionLength = 2000;

    public void Configure(EntityTypeBuilder<EligibleNeed> builder)
    {
        builder.ToTable("EligibleNeeds");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Description).HasMaxLength(DescriptionLength);
    }

    public void Configure(EntityTypeBuilder<DesiredOutcome> builder)
    {
        builder.ToTable("DesiredOutcomes");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Description).HasMaxLength(DescriptionLength);
    }

    public void Configure(EntityTypeBuilder<IdentifiedRisk> builder)
    {
        builder.ToTable("IdentifiedRisks");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Description).HasMaxLength(DescriptionLength);
    }
}
