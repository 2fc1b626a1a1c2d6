using CarePlanGraph.Domain.Complaints;
using GraphQL.Types;

namespace CarePlanGraph.Api.Complaints;

public sealed class ResolutionMeetingAttendeeType : ObjectGraphType<ResolutionMeetingAttendee>
{
    public ResolutionMeetingAttendeeType()
    {
        Name = "ResolutionMeetingAttendee";
        Description = "Someone who came to a meeting with all key staff (R17), and in what capacity.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Their name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("role").Description("Who they were at the meeting, in words, e.g. \"the person\", \"Key Worker\", \"occupational therapist\".").Resolve(c => c.Source.Role);
    }
}
