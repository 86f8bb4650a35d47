using System.Text.Json;
using System.Text.RegularExpressions;
using Solutions.Endpoint.Security.Policies;

namespace Solutions.Endpoint.Security.Configuration;

/// <summary>
/// Reads and validates the <c>"Security"</c> section:
/// <code>
/// {"Security": {"AllowUnsignedRequests": false, "Region": "us-east-1", "AccountId": "123456789012", "ClockSkewSeconds": 300,
///   "AccessKeys": [{"AccessKeyId": "AKIA...", "SecretAccessKeyEnv": "ENDPOINT_SECRET_1",
///                   "UserArn": "arn:aws:iam::123456789012:user/analyst", "Policies": [ {IAM policy document} ]}]}}
/// </code>
/// A key gives its secret either inline (<c>SecretAccessKey</c>) or as the name of an environment variable
/// (<c>SecretAccessKeyEnv</c>), so config files need not hold secrets; likewise <c>SessionToken</c> /
/// <c>SessionTokenEnv</c> for temporary credentials.
/// </summary>
public static partial class SecuritySettingsReader
{
    /// <summary>Reads the <c>"Security"</c> property of a whole config document.</summary>
    /// <param name="json">The config file's text.</param>
    /// <param name="source">The file name, for error messages.</param>
    /// <param name="environment">Looks up environment variables; defaults to the process environment.</param>
    public static SecuritySettings Parse(string json, string source, Func<string, string?>? environment = null)
    {
        using var document = JsonSection.ParseDocument(json, source);
        var root = new JsonSection(document.RootElement, "$", source).ExpectObject("a config document");
        var security = root.Optional("Security") ?? throw root.Error(
            "missing the 'Security' section; configure AccessKeys, or set \"AllowUnsignedRequests\": true for local use.");
        return Read(security.Element, source, environment);
    }

    /// <summary>Reads a <c>"Security"</c> section already located in a parsed config document.</summary>
    public static SecuritySettings Read(JsonElement security, string source, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var section = new JsonSection(security, "Security", source).ExpectObject("the security settings");
        section.RejectUnknown("AllowUnsignedRequests", "Region", "AccountId", "ClockSkewSeconds", "AccessKeys");

        var allowUnsigned = section.Optional("AllowUnsignedRequests")?.Boolean() ?? false;
        var regionSection = section.Required("Region", "the region clients sign for, e.g. \"us-east-1\"");
        var region = regionSection.NonEmptyString("a region");
        if (!RegionPattern().IsMatch(region))
            throw regionSection.Error($"expected a region such as \"us-east-1\", found '{region}'.");
        var accountSection = section.Required("AccountId", "the 12-digit account id in endpoint ARNs");
        var accountId = accountSection.String();
        if (!AccountPattern().IsMatch(accountId))
            throw accountSection.Error($"expected 12 digits, found '{accountId}'.");
        var skewSeconds = section.Optional("ClockSkewSeconds")?.Int32(1, 3600) ?? 300;

        var keys = section.Optional("AccessKeys")?.Items().Select(key => ReadKey(key, accountId, environment)).ToList() ?? [];
        if (keys.Count == 0 && !allowUnsigned)
            throw section.Error("no AccessKeys and AllowUnsignedRequests is false, so no request could ever be accepted; add an access key.");
        var duplicate = keys.GroupBy(k => k.AccessKeyId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw section.Error($"access key id '{duplicate.Key}' is configured more than once.");

        return new SecuritySettings
        {
            AllowUnsignedRequests = allowUnsigned,
            Region = region,
            AccountId = accountId,
            ClockSkew = TimeSpan.FromSeconds(skewSeconds),
            AccessKeys = keys,
        };
    }

    private static AccessKey ReadKey(JsonSection key, string accountId, Func<string, string?> environment)
    {
        key.ExpectObject("an access key");
        key.RejectUnknown("AccessKeyId", "SecretAccessKey", "SecretAccessKeyEnv", "SessionToken", "SessionTokenEnv", "UserArn", "Policies");

        var idSection = key.Required("AccessKeyId", "the access key id clients sign with");
        var id = idSection.NonEmptyString("an access key id");
        if (!AccessKeyIdPattern().IsMatch(id))
            throw idSection.Error($"expected letters and digits only (up to 128), found '{id}'.");

        var secret = ReadSecret(key, "SecretAccessKey", environment, required: true)!;
        var token = ReadSecret(key, "SessionToken", environment, required: false);

        var arnSection = key.Required("UserArn", $"the caller's identity, e.g. \"arn:aws:iam::{accountId}:user/analyst\"");
        var userArn = arnSection.NonEmptyString("an IAM ARN");
        if (!UserArnPattern().IsMatch(userArn))
            throw arnSection.Error($"expected an IAM identity ARN such as \"arn:aws:iam::{accountId}:user/analyst\", found '{userArn}'.");

        var policies = key.Optional("Policies")?.Items().Select(PolicyDocumentReader.Read).ToList() ?? [];
        return new AccessKey(id, secret, userArn, policies) { SessionToken = token };
    }

    // A secret comes inline or from an environment variable, never both; messages name the variable, not the value.
    private static string? ReadSecret(JsonSection key, string name, Func<string, string?> environment, bool required)
    {
        var inline = key.Optional(name);
        var fromEnvironment = key.Optional(name + "Env");
        if (inline is not null && fromEnvironment is not null)
            throw key.Error($"give either '{name}' or '{name}Env', not both.");
        if (inline is not null)
            return inline.NonEmptyString($"the {name}");
        if (fromEnvironment is not null)
        {
            var variable = fromEnvironment.NonEmptyString("an environment variable name");
            var value = environment(variable);
            if (string.IsNullOrEmpty(value))
                throw fromEnvironment.Error($"environment variable '{variable}' is not set or is empty (expected the {name}).");
            return value;
        }
        if (required)
            throw key.Error($"missing '{name}Env' (the name of an environment variable holding the {name}) or '{name}'.");
        return null;
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountPattern();

    [GeneratedRegex("^[A-Za-z0-9]{1,128}$")]
    private static partial Regex AccessKeyIdPattern();

    [GeneratedRegex("^arn:aws[a-z-]*:(iam|sts)::[0-9]{12}:(user|role|assumed-role)/.+$")]
    private static partial Regex UserArnPattern();
}
