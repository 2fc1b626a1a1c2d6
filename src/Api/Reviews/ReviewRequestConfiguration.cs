using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Reviews;

internal sealed class ReviewRequestConfiguration : IEntityTypeConfiguration<ReviewRequest>
{
    public void Configure(EntityTypeBuilder<ReviewRequest> builder)
    {
        builder.ToTable("ReviewRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<CarePlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PlanId, r.RequestedAt });
        builder.HasIndex(r => r.ReviewId);
        builder.Ignore(r => r.Grounds);
        builder.Property<List<ReviewGround>>("_grounds")
            .HasColumnName("Grounds")
            .HasMaxLength(200)
            .HasConversion(new EnumListConverter<ReviewGround>(), ListComparer<ReviewGround>.Instance);
        builder.Property(r => r.Details).HasMaxLength(ReviewRequest.MaxTextLength);
        builder.Property(r => r.RequestedBySubject).HasMaxLength(200);
        builder.Property(r => r.RequestedByName).HasMaxLength(200);
        builder.Property(r => r.DecidedByName).HasMaxLength(200);
        builder.Property(r => r.DeclineReasons).HasMaxLength(ReviewRequest.MaxTextLength);
    }
}
