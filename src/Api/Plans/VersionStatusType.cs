using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans;

public sealed class VersionStatusType() : DescribedEnumType<VersionStatus>(
    "VersionStatus",
    "Where one version of a plan stands. Only DRAFT and CHANGES_REQUIRED versions can be edited.",
    new Dictionary<VersionStatus, string>
    {
        [VersionStatus.Draft] = "Being written; can be edited.",
        [VersionStatus.Submitted] = "Sent for agreement; frozen until the council decides.",
        [VersionStatus.ChangesRequired] = "Not agreed; can be edited and submitted again.",
        [VersionStatus.Agreed] = "Agreed and in force; never edited again. Changes become a new revision.",
        [VersionStatus.Superseded] = "Was agreed, and a later agreed revision replaced it.",
        [VersionStatus.Withdrawn] = "Abandoned before agreement.",
    });
