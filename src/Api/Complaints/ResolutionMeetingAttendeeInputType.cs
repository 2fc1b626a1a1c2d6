using GraphQL.Types;

namespace CarePlanGraph.Api.Complaints;

public sealed class ResolutionMeetingAttendeeInputType : InputObjectGraphType
{
    public ResolutionMeetingAttendeeInputType()
    {
        Name = "ResolutionMeetingAttendeeInput";
        Description = "Someone who came to the meeting with all key staff (R17).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Their name. Required, at most 200 characters.");
        Field<NonNullGraphType<StringGraphType>>("role").Description("Who they were at the meeting, e.g. \"the person\", \"Key Worker\", \"day centre manager\". Required, at most 200 characters.");
    }
}
