using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>R33: a recorded carer was named, but the invitee's kind is not a carer.</summary>
[Description("R33: naming a recorded carer (`carerId`) invites them as a carer. Set `kind` to `CARER`, or leave `carerId` out.")]
public sealed record CarerInviteeKindError(
    [property: Description("The kind that was given.")] InviteeKind Kind)
    : DomainError("CARER_INVITEE_KIND", $"A carer the person recorded is invited as a carer, not as {PlainEnglish.Describe(Kind)}.");
