using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Assessments;

namespace CarePlanGraph.Api.Assessments;

public sealed class EligibilityOutcomeType() : DescribedEnumType<EligibilityOutcome>(
    "EligibilityOutcome",
    "The specified outcomes of the Care and Support (Eligibility Criteria) Regulations 2015: an eligible need is an inability to achieve one of these.",
    new Dictionary<EligibilityOutcome, string>
    {
        [EligibilityOutcome.ManagingNutrition] = "Managing and maintaining nutrition.",
        [EligibilityOutcome.PersonalHygiene] = "Maintaining personal hygiene.",
        [EligibilityOutcome.ToiletNeeds] = "Managing toilet needs.",
        [EligibilityOutcome.BeingAppropriatelyClothed] = "Being appropriately clothed.",
        [EligibilityOutcome.UsingTheHomeSafely] = "Being able to make use of the home safely.",
        [EligibilityOutcome.HabitableHome] = "Maintaining a habitable home environment.",
        [EligibilityOutcome.FamilyAndRelationships] = "Developing and maintaining family or other personal relationships.",
        [EligibilityOutcome.WorkTrainingEducationVolunteering] = "Accessing and engaging in work, training, education or volunteering.",
        [EligibilityOutcome.CommunityFacilitiesAndTransport] = "Making use of facilities or services in the local community, including public transport and recreational facilities.",
        [EligibilityOutcome.CaringForAChild] = "Carrying out any caring responsibilities for a child.",
    });
