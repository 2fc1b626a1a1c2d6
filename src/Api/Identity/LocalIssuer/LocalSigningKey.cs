using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CarePlanGraph.Api.Identity.LocalIssuer;

/// <summary>
/// The RSA key the local issuer signs with. Kept in a file (git-ignored) so the `token` command and a running API
/// agree on it; each machine makes its own.
/// </summary>
public static class LocalSigningKey
{
    private static readonly Lock Gate = new();

    public static RsaSecurityKey LoadOrCreate(string path)
    {
        lock (Gate)
        {
            var rsa = RSA.Create();
            if (File.Exists(path))
            {
                var stored = JsonSerializer.Deserialize<StoredKey>(File.ReadAllText(path))
                    ?? throw new InvalidOperationException($"The local signing key at {path} is unreadable; delete it to make a new one.");
                rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(stored.Pkcs8), out _);
                return new RsaSecurityKey(rsa) { KeyId = stored.KeyId };
            }

            rsa.KeySize = 2048;
            var key = new StoredKey(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, JsonSerializer.Serialize(key));
            return new RsaSecurityKey(rsa) { KeyId = key.KeyId };
        }
    }

    private sealed record StoredKey(string KeyId, string Pkcs8);
}
