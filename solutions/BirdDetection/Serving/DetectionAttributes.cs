using System.Globalization;
using Solutions.BirdDetection.Detection;
using Solutions.Shared.Serving;

namespace Solutions.BirdDetection.Serving;

/// <summary>
/// Reads the detection options a caller sends in <c>X-Amzn-SageMaker-Custom-Attributes</c>: comma-separated
/// <c>key=value</c> pairs such as <c>threshold=0.3,top_k=5</c>. Keys: <see cref="Threshold"/> (lowest score, 0 to 1,
/// default 0.01), <see cref="TopK"/> (most detections, 1 to <see cref="MaxTopK"/>, default 100) and
/// <see cref="NmsThreshold"/> (the IoU above which a lower-scoring box of the same species is suppressed, 0 to 1,
/// default 0.45). A missing or blank header keeps every default, as SageMaker's built-in detector answers all its boxes.
/// </summary>
public static class DetectionAttributes
{
    public const string Threshold = "threshold";
    public const string TopK = "top_k";
    public const string NmsThreshold = "nms_threshold";

    /// <summary>The largest <see cref="TopK"/> accepted: far more boxes than one image holds birds, and a bounded answer.</summary>
    public const int MaxTopK = 1000;

    /// <summary>The options the attributes ask for, the defaults of <see cref="InferenceOptions"/> for those not given.</summary>
    /// <exception cref="FormatException">A pair is malformed, a key unknown or repeated, or a value out of range; the message names it.</exception>
    public static InferenceOptions Parse(string? attributes)
    {
        var options = InferenceOptions.Default;
        if (string.IsNullOrWhiteSpace(attributes)) return options;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in attributes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
                throw Invalid($"'{pair}' is not a key=value pair; expected e.g. {Threshold}=0.3,{TopK}=5");
            var key = pair[..equals].Trim();
            var value = pair[(equals + 1)..].Trim();
            if (!seen.Add(key)) throw Invalid($"{key} is given twice");
            options = key switch
            {
                Threshold => options with { ScoreThreshold = Fraction(key, value) },
                NmsThreshold => options with { NmsIouThreshold = Fraction(key, value) },
                TopK => options with { TopK = Count(key, value) },
                _ => throw Invalid($"'{key}' is not a detection attribute; expected {Threshold}, {TopK} or {NmsThreshold}"),
            };
        }
        return options;
    }

    private static double Fraction(string key, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is >= 0 and <= 1
            ? number
            : throw Invalid($"{key} must be a number from 0 to 1, not '{value}'");

    private static int Count(string key, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxTopK
            ? number
            : throw Invalid($"{key} must be a whole number from 1 to {MaxTopK}, not '{value}'");

    private static FormatException Invalid(string problem) => new($"{ServingContract.CustomAttributesHeader}: {problem}");
}
