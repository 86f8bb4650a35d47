using System.Text.Json;
using System.Text.Json.Serialization;

namespace Solutions.Endpoint.Configuration;

/// <summary>Reads and checks an endpoint host configuration file (JSON; <c>//</c> comments and trailing commas allowed).</summary>
public static class HostConfigFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <exception cref="HostConfigException">The file is missing, is not valid JSON, or breaks a rule (all problems listed).</exception>
    public static HostConfig Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new HostConfigException(path, ["the file does not exist"]);
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <param name="json">The file's text.</param>
    /// <param name="source">Names the file in error messages.</param>
    /// <exception cref="HostConfigException">The text is not valid JSON for the format, or breaks a rule.</exception>
    public static HostConfig Parse(string json, string source)
    {
        HostConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<HostConfig>(json, Options);
        }
        catch (JsonException malformed)
        {
            throw new HostConfigException(source, [Describe(malformed)]);
        }
        if (config is null)
        {
            throw new HostConfigException(source, ["$: expected an object with \"Endpoints\", got null"]);
        }
        var problems = HostConfigRules.Check(config);
        return problems.Count == 0 ? config : throw new HostConfigException(source, problems);
    }

    private static string Describe(JsonException malformed)
    {
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
