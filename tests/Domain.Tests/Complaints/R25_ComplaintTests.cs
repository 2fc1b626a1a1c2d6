using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Tests.Reviews;

namespace CarePlanGraph.Domain.Tests.Complaints;

public class R25_ComplaintTests
{
    /// <summary>Monday 2 November 2026, 09:00.</summary>
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly ComplaintDetails AboutTheDecline = new("The decision not to agree my plan", "The council would not pay for the day service I need.");

    private static PlanScenario DeclinedPlan() => PlanScenario.SubmittedPlan().Decline();

    [Theory]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.Helper)]
    [InlineData(ActorRole.Advocate)]
    public void R25_the_person_a_representative_or_an_advocate_complains_to_customer_services(ActorRole role)
    {
        var scenario = DeclinedPlan();
        var actor = new Actor("complainant", "Cal Complainant", role);

        var complaint = Complaint.Make(scenario.Plan, AboutTheDecline, WorkingCalendar.WeekendsOnly, actor, Monday).ShouldSucceed();

        Assert.Equal(ComplaintStatus.Received, complaint.Status);
        Assert.Equal((scenario.Plan.Id, scenario.Plan.PersonId), (complaint.PlanId, complaint.PersonId));
        Assert.Equal(role != ActorRole.Person, complaint.MadeOnBehalfOfPerson);
        Assert.Equal(Clock.Today, complaint.MatterOccurredOn);
        Assert.False(complaint.IsOutsideTimeLimit);
    }

    [Theory]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.SupportPlanner)]
    [InlineData(ActorRole.KeyWorker)]
    [InlineData(ActorRole.CustomerServices)]
    public void R25_providers_planners_and_council_staff_do_not_make_complaints_about_the_plan(ActorRole role)
    {
        var scenario = DeclinedPlan();

        Complaint.Make(scenario.Plan, AboutTheDecline, WorkingCalendar.WeekendsOnly, new Actor("x", "X", role), Monday).ToResult().ShouldFailWith<ActorNotPermittedError>();
    }

    [Fact]
    public void R25_a_complaint_needs_what_it_is_about_and_details_and_the_matter_cannot_be_in_the_future()
    {
        var scenario = DeclinedPlan();

        var result = Complaint.Make(scenario.Plan, new(" ", "", new DateOnly(2026, 11, 3)), WorkingCalendar.WeekendsOnly, Actors.Person, Monday);

        Assert.Equal(["REQUIRED_TEXT_MISSING", "REQUIRED_TEXT_MISSING", "MATTER_DATE_IN_FUTURE"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void R25_a_complaint_is_acknowledged_by_the_3rd_working_day_weekends_and_bank_holidays_excluded()
    {
        var scenario = DeclinedPlan();
        var friday = new DateTimeOffset(2026, 12, 18, 16, 0, 0, TimeSpan.Zero);
        var christmas = new WorkingCalendar([new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28)]);

        var monday = Complaint.Make(scenario.Plan, AboutTheDecline, christmas, Actors.Person, Monday).ShouldSucceed();
        var beforeChristmas = Complaint.Make(scenario.Plan, AboutTheDecline, christmas, Actors.Person, friday).ShouldSucceed();
        var christmasEve = Complaint.Make(scenario.Plan, AboutTheDecline, christmas, Actors.Person, friday.AddDays(6)).ShouldSucceed();

        Assert.Equal(new DateOnly(2026, 11, 5), monday.AcknowledgementDue);
        Assert.Equal(new DateOnly(2026, 12, 23), beforeChristmas.AcknowledgementDue);
        Assert.Equal(new DateOnly(2026, 12, 31), christmasEve.AcknowledgementDue);
    }

    [Fact]
    public void R25_an_acknowledgement_not_made_by_the_3rd_working_day_is_flagged_overdue()
    {
        var scenario = DeclinedPlan();
        var complaint = Complaint.Make(scenario.Plan, AboutTheDecline, WorkingCalendar.WeekendsOnly, Actors.Person, Monday).ShouldSucceed();

        Assert.False(complaint.IsAcknowledgementOverdue(new DateOnly(2026, 11, 5)));
        Assert.True(complaint.IsAcknowledgementOverdue(new DateOnly(2026, 11, 6)));

        complaint.Acknowledge(null, Actors.CustomerServices, Monday.AddDays(4)).ShouldSucceed();

        Assert.False(complaint.IsAcknowledgementOverdue(new DateOnly(2026, 11, 6)));
        Assert.True(complaint.AcknowledgedLate);
    }

    [Fact]
    public void R25_a_complaint_made_more_than_12_months_after_the_matter_is_flagged()
    {
        var scenario = DeclinedPlan();

        var inTime = Complaint.Make(scenario.Plan, AboutTheDecline with { MatterOccurredOn = new DateOnly(2025, 11, 2) }, WorkingCalendar.WeekendsOnly, Actors.Person, Monday).ShouldSucceed();
        var late = Complaint.Make(scenario.Plan, AboutTheDecline with { MatterOccurredOn = new DateOnly(2025, 11, 1) }, WorkingCalendar.WeekendsOnly, Actors.Person, Monday).ShouldSucceed();

        Assert.False(inTime.IsOutsideTimeLimit);
        Assert.True(late.IsOutsideTimeLimit);
    }

    [Fact]
    public void R25_a_complaint_is_acknowledged_responded_to_with_the_right_to_go_to_the_ombudsman_and_closed()
    {
        var scenario = DeclinedPlan();
        var complaint = Complaint.Make(scenario.Plan, AboutTheDecline, WorkingCalendar.WeekendsOnly, Actors.Person, Monday).ShouldSucceed();

        complaint.Respond("Too soon.", [], Actors.CustomerServices, Monday).ShouldFailWith<InvalidComplaintStateError>();
        complaint.Acknowledge("We will reply within 20 working days.", Actors.CustomerServices, Monday.AddDays(3)).ShouldSucceed();
        Assert.False(complaint.AcknowledgedLate);
        Assert.Equal("conclusions", complaint.Respond(" ", [], Actors.CustomerServices, Monday).ShouldFailWith<RequiredTextMissingError>().Field);
        complaint.Respond("The decision was right on the budget but the reasons were not clear.", ["Key Worker to explain the budget in person.", " "], Actors.CustomerServices, Monday.AddDays(10)).ShouldSucceed();

        Assert.Equal(ComplaintStatus.Responded, complaint.Status);
        Assert.Equal(["Key Worker to explain the budget in person."], complaint.Actions);
        Assert.Contains("Local Government and Social Care Ombudsman", complaint.OmbudsmanAdvice, StringComparison.Ordinal);

        complaint.Close(null, Actors.CustomerServices, Monday.AddDays(11)).ShouldSucceed();

        Assert.Equal((ComplaintStatus.Closed, Actors.CustomerServices.Name), (complaint.Status, complaint.ClosedByName));
        complaint.Close(null, Actors.CustomerServices, Monday.AddDays(11)).ShouldFailWith<InvalidComplaintStateError>();
    }

    [Theory]
    [InlineData(ActorRole.KeyWorker)]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.Safeguarding)]
    public void R25_only_customer_services_handles_complaints(ActorRole role)
    {
        var scenario = DeclinedPlan();
        var complaint = Complaint.Make(scenario.Plan, AboutTheDecline, WorkingCalendar.WeekendsOnly, Actors.Person, Monday).ShouldSucceed();

        complaint.Acknowledge(null, new Actor("x", "X", role), Monday).ShouldFailWith<ActorNotPermittedError>();
        Assert.Equal(ComplaintStatus.Received, complaint.Status);
    }

    [Fact]
    public void R25_R27_a_complaint_is_kept_off_the_plan_history()
    {
        var scenario = DeclinedPlan();
        var history = scenario.Plan.History.Count;

        Complaint.Make(scenario.Plan, AboutTheDecline, WorkingCalendar.WeekendsOnly, ReviewScenarios.Advocate, Monday).ShouldSucceed();

        Assert.Equal(history, scenario.Plan.History.Count);
    }
}
