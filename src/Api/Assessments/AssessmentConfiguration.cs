using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Assessments;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("Assessments");
        builder.HasKey(a => a.Id);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.PersonId);
        builder.Ignore(a => a.IsCurrent);
        builder.Property(a => a.RecordedBy).HasMaxLength(200);

        // R31: versions link both ways; superseding moves EditRevision, so of two reviews of one version only one is saved.
        builder.Property(a => a.EditRevision).IsConcurrencyToken();
        builder.HasOne<Assessment>().WithMany().HasForeignKey(a => a.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(a => a.SupersededById).OnDelete(DeleteBehavior.Restrict);

        // Needs, outcomes and risks are entities of their own so support items can refer to them by ID. A part a review keeps
        // keeps its ID in the new version too, so each is keyed by its assessment and its ID (AssessmentPartsConfiguration).
        builder.HasMany(a => a.Needs).WithOne().HasForeignKey("AssessmentId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Needs).HasField("_needs");
        builder.HasMany(a => a.Outcomes).WithOne().HasForeignKey("AssessmentId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Outcomes).HasField("_outcomes");
        builder.HasMany(a => a.Risks).WithOne().HasForeignKey("AssessmentId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Risks).HasField("_risks");
    }
}
