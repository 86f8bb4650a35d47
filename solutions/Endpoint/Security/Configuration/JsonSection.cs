using System.Text.Json;

namespace Solutions.Endpoint.Security.Configuration;

/// <summary>
/// A JSON value with the path that leads to it, so every complaint can say where it is. Complaints describe the
/// kind of value found, never the value itself: the value might be a secret.
/// </summary>
internal sealed class JsonSection(JsonElement element, string path, string source)
{
    public JsonElement Element => element;

    public string Path => path;

    public static JsonDocument ParseDocument(string json, string source)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions
            {
                AllowDuplicateProperties = false,
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
        }
        catch (JsonException e)
        {
            throw new SecurityConfigurationException(
                $"{source}({(e.LineNumber ?? 0) + 1},{(e.BytePositionInLine ?? 0) + 1}): invalid JSON: {e.Message}");
        }
    }

    public SecurityConfigurationException Error(string detail) => new($"{source}: {path}: {detail}");

    public JsonSection ExpectObject(string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw Error($"expected {what} (a JSON object), found {Describe(element)}.");
        return this;
    }

    /// <summary>Rejects property names outside <paramref name="known"/>: a misspelt security setting must not be silently ignored.</summary>
    public void RejectUnknown(params string[] known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
                throw new SecurityConfigurationException(
                    $"{source}: {path}.{property.Name}: unknown property; expected one of {string.Join(", ", known)} (names are case-sensitive).");
        }
    }

    public JsonSection? Optional(string name) =>
        element.TryGetProperty(name, out var child) && child.ValueKind != JsonValueKind.Null
            ? new JsonSection(child, $"{path}.{name}", source)
            : null;

    public JsonSection Required(string name, string what) =>
        Optional(name) ?? throw Error($"missing required property '{name}' ({what}).");

    public string String()
    {
        if (element.ValueKind != JsonValueKind.String)
            throw Error($"expected a string, found {Describe(element)}.");
        return element.GetString()!;
    }

    public string NonEmptyString(string what)
    {
        var value = String();
        if (string.IsNullOrWhiteSpace(value))
            throw Error($"expected {what}, found an empty string.");
        return value;
    }

    public bool Boolean() => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error($"expected true or false, found {Describe(element)}."),
    };

    public int Int32(int min, int max)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var value) || value < min || value > max)
            throw Error($"expected a whole number from {min} to {max}, found {Describe(element)}.");
        return value;
    }

    public IEnumerable<JsonSection> Items()
    {
        if (element.ValueKind != JsonValueKind.Array)
            throw Error($"expected a JSON array, found {Describe(element)}.");
        return element.EnumerateArray().Select((item, i) => new JsonSection(item, $"{path}[{i}]", source));
    }

    /// <summary>IAM's "string or array of strings", at least one, none empty.</summary>
    public IReadOnlyList<string> StringOrStrings(string what)
    {
        var values = element.ValueKind == JsonValueKind.Array
            ? Items().Select(item => item.NonEmptyString(what)).ToList()
            : [NonEmptyString(what)];
        if (values.Count == 0)
            throw Error($"expected at least one value ({what}), found an empty array.");
        return values;
    }

    public IEnumerable<(string Name, JsonSection Value)> Properties() =>
        element.EnumerateObject().Select(p => (p.Name, new JsonSection(p.Value, $"{path}.{p.Name}", source)));

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
