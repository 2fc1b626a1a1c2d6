namespace CarePlanGraph.Api.Audit;

/// <summary>
/// The audit rows of a read could not be committed (R30), so the read must not be answered: <see cref="AuditWriter.WriteAsync"/>
/// throws it to every caller whose rows were not written.
/// </summary>
public sealed class AuditNotWrittenException : Exception
{
    public AuditNotWrittenException()
        : this("The audit log could not be written.")
    {
    }

    public AuditNotWrittenException(string message)
        : base(message)
    {
    }

    public AuditNotWrittenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
