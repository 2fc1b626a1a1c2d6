using CarePlanGraph.Domain.CheckIns;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.CheckIns;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToTable("CheckIns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<CarePlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReviewRequest>().WithMany().HasForeignKey(c => c.ReviewRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PlanId, c.OccurredAt });
        builder.Property(c => c.HowThePersonIsDoing).HasMaxLength(CheckIn.MaxTextLength);
        builder.Property(c => c.RecordedBySubject).HasMaxLength(200);
        builder.Property(c => c.RecordedByName).HasMaxLength(200);
    }
}
