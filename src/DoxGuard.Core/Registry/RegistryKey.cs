using System.Security.Cryptography;
using System.Text;

namespace DoxGuard.Registry;

/// <summary>
/// The secret that keys every hash in the protected-person registry. It lives outside the registry (an environment
/// variable or a key file) so that a copied registry file is worthless on its own.
/// </summary>
public sealed class RegistryKey
{
    /// <summary>Environment variable holding the key itself.</summary>
    public const string KeyVariable = "DOXGUARD_REGISTRY_KEY";

    /// <summary>Environment variable naming a file that holds the key.</summary>
    public const string KeyFileVariable = "DOXGUARD_REGISTRY_KEY_FILE";

    /// <summary>Shortest key accepted, in bytes: below this a guessed key is within reach of a brute force.</summary>
    public const int MinimumLength = 16;

    private readonly byte[] _material;

    private RegistryKey(byte[] material) => _material = material;

    /// <summary>The raw key bytes.</summary>
    internal ReadOnlySpan<byte> Material => _material;

    /// <summary>
    /// A short keyed value that identifies the key without revealing it, so an import under a different key into an
    /// existing registry is refused instead of silently mixing two keys.
    /// </summary>
    internal byte[] Fingerprint()
    {
        byte[] mac = HMACSHA256.HashData(_material, "doxguard-registry-key-fingerprint-v1"u8);
        return mac[..16];
    }

    /// <summary>Creates a key from bytes (a test or an embedding host).</summary>
    /// <exception cref="RegistryKeyException">The key is shorter than <see cref="MinimumLength"/> bytes.</exception>
    public static RegistryKey FromBytes(ReadOnlySpan<byte> material)
    {
        if (material.Length < MinimumLength)
        {
            throw new RegistryKeyException($"The registry key must be at least {MinimumLength} bytes long.");
        }

        return new RegistryKey(material.ToArray());
    }

    /// <summary>
    /// Finds the key: <paramref name="keyFile"/> when given (the <c>--key-file</c> option), else the
    /// <see cref="KeyVariable"/> environment variable, else the file named by <see cref="KeyFileVariable"/>.
    /// A key file's trailing line break is not part of the key.
    /// </summary>
    /// <exception cref="RegistryKeyException">No key is configured, the key file cannot be read, or the key is too short.</exception>
    public static RegistryKey Resolve(string? keyFile = null)
    {
        if (!string.IsNullOrEmpty(keyFile))
        {
            return FromFile(keyFile, "--key-file");
        }

        string? inline = Environment.GetEnvironmentVariable(KeyVariable);
        if (!string.IsNullOrEmpty(inline))
        {
            return FromBytes(Encoding.UTF8.GetBytes(inline), KeyVariable);
        }

        string? file = Environment.GetEnvironmentVariable(KeyFileVariable);
        if (!string.IsNullOrEmpty(file))
        {
            return FromFile(file, KeyFileVariable);
        }

        throw new RegistryKeyException(
            $"No registry key: set {KeyVariable} to the key, or {KeyFileVariable} to a file holding it (`registry import` also takes --key-file). " +
            "The key is never stored in the registry; keep it in a secret store.");
    }

    private static RegistryKey FromFile(string path, string source)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RegistryKeyException($"The registry key file given by {source} cannot be read: {ex.Message}");
        }

        int length = bytes.Length;
        while (length > 0 && bytes[length - 1] is (byte)'\n' or (byte)'\r')
        {
            length--;
        }

        return FromBytes(bytes.AsSpan(0, length), source);
    }

    private static RegistryKey FromBytes(ReadOnlySpan<byte> material, string source)
    {
        if (material.Length < MinimumLength)
        {
            throw new RegistryKeyException($"The registry key from {source} is too short: use at least {MinimumLength} bytes (e.g. `openssl rand -hex 32`).");
        }

        return new RegistryKey(material.ToArray());
    }
}

/// <summary>The registry key is missing or unusable; the message says how to provide one.</summary>
public sealed class RegistryKeyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RegistryKeyException()
    {
    }

    /// <summary>Creates the exception with a message that says what to fix.</summary>
    public RegistryKeyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public RegistryKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
