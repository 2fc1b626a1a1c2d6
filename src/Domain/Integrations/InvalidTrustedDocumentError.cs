using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Integrations;

/// <summary>A document offered for trust does not parse or does not validate against the current schema.</summary>
[Description("A document does not parse, is over the request limits or does not validate against the current schema; nothing was registered. Fix the document at `index` (see `problem`) and register them all again.")]
public sealed record InvalidTrustedDocumentError(
    [property: Description("Where the document is in `documents`, from 0.")] int Index,
    [property: Description("What is wrong with it, as the API would answer a request sending it.")] string Problem)
    : DomainError("INVALID_TRUSTED_DOCUMENT", $"Document {Index} is not valid: {PlainEnglish.Clause(Problem)}.");
