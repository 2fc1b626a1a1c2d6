using System.Security.Cryptography;
using System.Text;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// A persisted document's id as GraphQL over HTTP's persisted-documents appendix defines it: <c>sha256:</c> and the
/// lowercase hex SHA-256 of the document's UTF-8 text, exactly as sent (no normalisation: whitespace changes where
/// errors point, so a reformatted document is a different document).
/// </summary>
public static class DocumentHash
{
    public const string Prefix = "sha256";

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Prefix + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
