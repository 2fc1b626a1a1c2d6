using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Agreement;

public class R14_LawfulTests
{
    [Theory]
    [InlineData(PayeeRelationship.NotARelative, true)]
    [InlineData(PayeeRelationship.CloseRelative, false)]
    [InlineData(PayeeRelationship.OtherRelative, true)]
    public void R14_direct_payment_to_someone_the_regulations_allow_is_lawful(PayeeRelationship relationship, bool livesWithPerson)
    {
        var scenario = PlanScenario.ReadyToSubmit();
        var item = scenario.Add(Items.PaidRelative(relationship, livesWithPerson));

        Assert.False(item.IsRestrictedDirectPayment);
        Assert.True(scenario.Check(AgreementCheck.Lawful).Passed);
    }

    [Fact]
    public void R14_relative_paid_other_than_by_direct_payment_is_not_restricted()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        scenario.Add(Items.PaidRelative(PayeeRelationship.SpouseOrPartner, true) with { Arrangement = SupportArrangement.CouncilArranged });

        Assert.True(scenario.Check(AgreementCheck.Lawful).Passed);
    }

    [Theory]
    [InlineData(PayeeRelationship.SpouseOrPartner, false)]
    [InlineData(PayeeRelationship.SpouseOrPartner, true)]
    [InlineData(PayeeRelationship.CloseRelative, true)]
    public void R14_direct_payment_to_a_partner_or_close_relative_at_home_blocks_agreement(PayeeRelationship relationship, bool livesWithPerson)
    {
        var scenario = PlanScenario.ReadyToSubmit();
        var item = scenario.Add(Items.PaidRelative(relationship, livesWithPerson));
        scenario.Submit();

        var result = scenario.AgreeWith(PlanScenario.GoodAttestation);

        var error = result.ShouldFailWith<UnlawfulDirectPaymentError>();
        Assert.Equal(item.Id, error.ItemId);
        Assert.Equal(relationship, error.Relationship);
        Assert.Equal("Annabella Byron", error.Payee);
        Assert.Equal(AgreementCheck.Lawful, error.Check);
    }

    [Fact]
    public void R14_council_recording_that_it_is_necessary_makes_it_lawful()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        var item = scenario.Add(Items.PaidRelative(PayeeRelationship.CloseRelative, true));
        scenario.Submit();

        scenario.Plan.RecordDirectPaymentNecessity(item.Id, "No agency covers the village in the evening", Actors.KeyWorker, Clock.Now).ShouldSucceed();

        Assert.Equal(Actors.KeyWorker.Subject, item.NecessityRecordedBy);
        Assert.Equal(Actors.KeyWorker.Name, item.NecessityRecordedByName);
        Assert.Equal("No agency covers the village in the evening", item.NecessityReason);
        Assert.Equal(Clock.Now, item.NecessityRecordedAt);
        Assert.True(item.IsLawful);
        scenario.Agree(Actors.OtherKeyWorker);
    }

    [Theory]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.SupportPlanner)]
    [InlineData(ActorRole.CustomerServices)]
    public void R14_only_the_assessing_officer_records_necessity(ActorRole role)
    {
        var scenario = PlanScenario.ReadyToSubmit();
        var item = scenario.Add(Items.PaidRelative(PayeeRelationship.SpouseOrPartner, true));

        var result = scenario.Plan.RecordDirectPaymentNecessity(item.Id, "Because", new Actor("x", "X", role), Clock.Now);

        result.ShouldFailWith<ActorNotPermittedError>();
        Assert.False(item.IsNecessityRecorded);
    }

    [Fact]
    public void R14_necessity_for_an_unrestricted_item_or_without_a_reason_is_refused()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        var unrestricted = scenario.Version.SupportItems[0];
        var restricted = scenario.Add(Items.PaidRelative(PayeeRelationship.SpouseOrPartner, true));

        scenario.Plan.RecordDirectPaymentNecessity(unrestricted.Id, "Because", Actors.KeyWorker, Clock.Now)
            .ShouldFailWith<DirectPaymentNecessityNotApplicableError>();
        Assert.Equal("reason", scenario.Plan.RecordDirectPaymentNecessity(restricted.Id, "  ", Actors.KeyWorker, Clock.Now)
            .ShouldFailWith<RequiredTextMissingError>().Field);
        scenario.Plan.RecordDirectPaymentNecessity(Id<SupportItem>.New(), "Because", Actors.KeyWorker, Clock.Now)
            .ShouldFailWith<SupportItemNotFoundError>();
    }

    [Fact]
    public void R14_changing_who_is_paid_withdraws_the_necessity_decision()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        var item = scenario.Add(Items.PaidRelative(PayeeRelationship.CloseRelative, true));
        scenario.Plan.RecordDirectPaymentNecessity(item.Id, "No agency in the evening", Actors.KeyWorker, Clock.Now).ShouldSucceed();

        scenario.Plan.UpdateSupportItem(scenario.Assessment, item.Id, item.ToDetails() with { Quantity = 4 }, Actors.Person, Clock.Now).ShouldSucceed();
        Assert.True(item.IsNecessityRecorded);

        scenario.Plan.UpdateSupportItem(scenario.Assessment, item.Id, item.ToDetails() with { ProviderName = "Mo Byron" }, Actors.Person, Clock.Now).ShouldSucceed();
        Assert.False(item.IsNecessityRecorded);
        Assert.False(scenario.Check(AgreementCheck.Lawful).Passed);
    }

    [Fact]
    public void R14_necessity_decision_is_carried_into_a_revision()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        var item = scenario.Add(Items.PaidRelative(PayeeRelationship.CloseRelative, true));
        scenario.Plan.RecordDirectPaymentNecessity(item.Id, "No agency in the evening", Actors.KeyWorker, Clock.Now).ShouldSucceed();
        scenario.Submit().Agree(Actors.OtherKeyWorker).PutInPlace().Revise();

        Assert.Single(scenario.Version.SupportItems, i => i.IsRestrictedDirectPayment && i.IsNecessityRecorded);
        Assert.True(scenario.Check(AgreementCheck.Lawful).Passed);
    }
}
