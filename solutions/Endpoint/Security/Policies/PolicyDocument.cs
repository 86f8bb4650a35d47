using Solutions.Endpoint.Security.Configuration;

namespace Solutions.Endpoint.Security.Policies;

/// <summary>An IAM-style identity-based policy: <c>{"Version": "2012-10-17", "Statement": [...]}</c>.</summary>
public sealed record PolicyDocument(IReadOnlyList<PolicyStatement> Statements)
{
    /// <summary>
    /// Parses a policy document. Throws <see cref="SecurityConfigurationException"/> naming
    /// <paramref name="source"/> and the JSON path of the first problem.
    /// </summary>
    public static PolicyDocument Parse(string json, string source = "policy")
    {
        using var document = JsonSection.ParseDocument(json, source);
        return PolicyDocumentReader.Read(new JsonSection(document.RootElement, "$", source));
    }
}
