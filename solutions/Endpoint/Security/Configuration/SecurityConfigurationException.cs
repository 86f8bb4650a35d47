namespace Solutions.Endpoint.Security.Configuration;

/// <summary>
/// Security configuration that cannot be used. The message names the source, the JSON path (or line and column for
/// malformed JSON) and what was expected; it never contains a secret value.
/// </summary>
public sealed class SecurityConfigurationException(string message) : Exception(message);
