using System.Text.Json;
using System.Text.Json.Serialization;
using Solutions.Endpoint.Security.Configuration;

namespace Solutions.Endpoint.Configuration;

/// <summary>Reads and checks an endpoint host configuration file (JSON; <c>//</c> comments and trailing commas allowed).</summary>
public static class HostConfigFile
{
    private static readonly JsonSerializerOptions BaseOptions = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <param name="path">The config file.</param>
    /// <param name="environment">Looks up the environment variables secrets are read from (<c>SecretAccessKeyEnv</c>); default the process environment.</param>
    /// <exception cref="HostConfigException">The file is missing, is not valid JSON, or breaks a rule (all problems listed).</exception>
    public static HostConfig Load(string path, Func<string, string?>? environment = null)
    {
        if (!File.Exists(path))
        {
            throw new HostConfigException(path, ["the file does not exist"]);
        }
        return Parse(File.ReadAllText(path), path, environment);
    }

    /// <param name="json">The file's text.</param>
    /// <param name="source">Names the file in error messages.</param>
    /// <param name="environment">Looks up the environment variables secrets are read from; default the process environment.</param>
    /// <exception cref="HostConfigException">The text is not valid JSON for the format, or breaks a rule.</exception>
    public static HostConfig Parse(string json, string source, Func<string, string?>? environment = null)
    {
        HostConfig? config;
        try
        {
            var options = new JsonSerializerOptions(BaseOptions) { Converters = { new SecuritySectionConverter(source, environment) } };
            config = JsonSerializer.Deserialize<HostConfig>(json, options);
        }
        catch (JsonException malformed)
        {
            throw new HostConfigException(source, [Describe(malformed)]);
        }
        catch (SecurityConfigurationException insecure)
        {
            throw new HostConfigException(source, [Locate(insecure.Message, source)]);
        }
        if (config is null)
        {
            throw new HostConfigException(source, ["$: expected an object with \"Endpoints\", got null"]);
        }
        var problems = HostConfigRules.Check(config);
        return problems.Count == 0 ? config : throw new HostConfigException(source, problems);
    }

    // The security reader names the file itself and paths from "Security"; the host's problems use "$." paths.
    private static string Locate(string message, string source)
    {
        var problem = message.StartsWith(source + ": ", StringComparison.Ordinal) ? message[(source.Length + 2)..] : message;
        return problem.StartsWith("Security", StringComparison.Ordinal) ? "$." + problem : problem;
    }

    private static string Describe(JsonException malformed)
    {
        if (malformed.Message.Contains("missing required properties", StringComparison.Ordinal))
        {
            return "$.Security: missing; give the region and account and either AccessKeys (requests signed with AWS Signature " +
                   "Version 4) or, for local use only, \"AllowUnsignedRequests\": true, e.g. " +
                   "\"Security\": {\"AllowUnsignedRequests\": true, \"Region\": \"us-east-1\", \"AccountId\": \"000000000000\"}";
        }
        // JsonException counts lines and bytes from 0; editors count from 1. Its message repeats the location.
        var message = malformed.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }
        var location = malformed.LineNumber is { } line
            ? $"line {line + 1}, position {(malformed.BytePositionInLine ?? 0) + 1}"
            : "";
        if (message.Contains(nameof(ExecutionMode), StringComparison.Ordinal))
        {
            message += $" (expected \"{ExecutionMode.Direct}\" or \"{ExecutionMode.Serial}\")";
        }
        var path = string.IsNullOrEmpty(malformed.Path) ? "$" : malformed.Path;
        return $"{path} ({location}): {message}";
    }
}
