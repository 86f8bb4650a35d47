using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Solutions.Shared.Data.IO;

namespace Solutions.Shared.Reporting.Metrics;

/// <summary>
/// Writes and reads a run's metrics.json: snake_case property and dictionary keys in declaration order,
/// indented, enums as snake_case strings, and NaN or infinities as <c>null</c> (JSON has no literal for them).
/// </summary>
public static class MetricsJson
{
    /// <summary>The settings behind every metrics file, for callers that serialize parts of one themselves.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(object metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return JsonSerializer.Serialize(metrics, metrics.GetType(), Options) + "\n";
    }

    /// <summary>
    /// Serializes <paramref name="metrics"/> completely before touching the disk, then replaces the file atomically,
    /// so a failure at any point leaves the previous metrics.json intact.
    /// </summary>
    public static void Write(string path, object metrics) => AtomicFile.WriteAllText(path, Serialize(metrics));

    /// <summary>Parses metrics JSON; a <c>null</c> where a number is expected reads back as NaN.</summary>
    /// <exception cref="InvalidDataException">The text is not valid JSON for <typeparamref name="T"/>; the message gives line, column and field.</exception>
    public static T Deserialize<T>(string json, string source = "metrics JSON")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new InvalidDataException($"{source}: the document is 'null'; expected a {typeof(T).Name} object.");
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (l + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
            var column = e.BytePositionInLine is { } c ? (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
            throw new InvalidDataException(
                $"{source}: line {line}, column {column}, field '{e.Path ?? "$"}': not valid for {typeof(T).Name}. {e.Message}", e);
        }
    }

    public static T Read<T>(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Metrics file '{path}' does not exist.", path);
        }

        return Deserialize<T>(File.ReadAllText(path), path);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            // Metrics files are read by people and tools, never embedded in HTML, so accents and '+' stay readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DeclarationOrder } },
        };
        options.Converters.Add(new NonFiniteAsNullConverter());
        options.Converters.Add(new NonFiniteSingleAsNullConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Reflection order is not guaranteed by the runtime, so keys are put in source order explicitly:
    /// base-class members first, then each class's members as declared (metadata order).
    /// </summary>
    private static void DeclarationOrder(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Properties.Count < 2)
        {
            return;
        }

        var ordered = info.Properties
            .OrderBy(p => p.Order)
            .ThenBy(p => InheritanceDepth((p.AttributeProvider as MemberInfo)?.DeclaringType))
            .ThenBy(p => (p.AttributeProvider as MemberInfo)?.MetadataToken ?? int.MaxValue)
            .ToList();
        info.Properties.Clear();
        foreach (var property in ordered)
        {
            info.Properties.Add(property);
        }
    }

    private static int InheritanceDepth(Type? type)
    {
        var depth = 0;
        for (var t = type; t is not null; t = t.BaseType)
        {
            depth++;
        }

        return depth;
    }
}
