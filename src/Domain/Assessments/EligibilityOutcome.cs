namespace CarePlanGraph.Domain.Assessments;

/// <summary>
/// The specified outcomes of the Care and Support (Eligibility Criteria) Regulations 2015, reg. 2(2):
/// an eligible need is an inability to achieve one of these.
/// </summary>
public enum EligibilityOutcome
{
    ManagingNutrition,
    PersonalHygiene,
    ToiletNeeds,
    BeingAppropriatelyClothed,
    UsingTheHomeSafely,
    HabitableHome,
    FamilyAndRelationships,
    WorkTrainingEducationVolunteering,
    CommunityFacilitiesAndTransport,
    CaringForAChild,
}
