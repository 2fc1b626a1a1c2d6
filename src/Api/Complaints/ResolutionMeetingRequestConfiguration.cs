using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Complaints;

internal sealed class ResolutionMeetingRequestConfiguration : IEntityTypeConfiguration<ResolutionMeetingRequest>
{
    public void Configure(EntityTypeBuilder<ResolutionMeetingRequest> builder)
    {
        builder.ToTable("ResolutionMeetingRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<CarePlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PlanId, r.RequestedAt });
        builder.Property(r => r.WhatToDiscuss).HasMaxLength(ResolutionMeetingRequest.MaxTextLength);
        builder.Property(r => r.RequestedBySubject).HasMaxLength(200);
        builder.Property(r => r.RequestedByName).HasMaxLength(200);
        builder.Property(r => r.Arrangements).HasMaxLength(ResolutionMeetingRequest.MaxTextLength);
        builder.Property(r => r.ArrangedByName).HasMaxLength(200);
        builder.Property(r => r.Solution).HasMaxLength(ResolutionMeetingRequest.MaxTextLength);
        builder.Property(r => r.HeldRecordedByName).HasMaxLength(200);

        // Who came is only ever read with the request, so it is kept in one JSON column of its row.
        builder.Navigation(r => r.Attendees).HasField("_attendees");
        builder.OwnsMany(r => r.Attendees, attendee =>
        {
            attendee.ToJson("Attendees");
            attendee.Property(a => a.Name).HasMaxLength(ResolutionMeetingAttendee.MaxLength);
            attendee.Property(a => a.Role).HasMaxLength(ResolutionMeetingAttendee.MaxLength);
        });
    }
}
