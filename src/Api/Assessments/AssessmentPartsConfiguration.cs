using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Assessments;

internal sealed class AssessmentPartsConfiguration :
    IEntityTypeConfiguration<EligibleNeed>,
    IEntityTypeConfiguration<DesiredOutcome>,
    IEntityTypeConfiguration<IdentifiedRisk>
{
    private const int DescriptionLength = AssessmentLimits.MaxDescriptionLength;

    public void Configure(EntityTypeBuilder<EligibleNeed> builder)
    {
        builder.ToTable("EligibleNeeds");
        KeyByAssessment(builder);
        builder.Property(n => n.Description).HasMaxLength(DescriptionLength);
    }

    public void Configure(EntityTypeBuilder<DesiredOutcome> builder)
    {
        builder.ToTable("DesiredOutcomes");
        KeyByAssessment(builder);
        builder.Property(o => o.Description).HasMaxLength(DescriptionLength);
    }

    public void Configure(EntityTypeBuilder<IdentifiedRisk> builder)
    {
        builder.ToTable("IdentifiedRisks");
        KeyByAssessment(builder);
        builder.Property(r => r.Description).HasMaxLength(DescriptionLength);
    }

    /// <summary>R31: a need, outcome or risk a review keeps has the same ID in every version that records it.</summary>
    private static void KeyByAssessment<TPart>(EntityTypeBuilder<TPart> builder)
        where TPart : class
    {
        builder.Property<Id<Assessment>>("AssessmentId");
        builder.HasKey("AssessmentId", "Id");
        builder.Property("Id").ValueGeneratedNever();
    }
}
