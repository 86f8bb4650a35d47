using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Solutions.Shared.Serving.Buffers;

namespace Solutions.Shared.Serving.Responses;

/// <summary>
/// Writes predictions as <c>{"predictions": [{"&lt;output&gt;": value, ..., "explanation": [{"feature": ..., "contribution": ...}]}]}</c>,
/// or as JSON Lines: one such prediction object per line. Non-finite numbers are written as null.
/// </summary>
internal static class JsonPredictionWriter
{
    /// <summary>Relaxed escaping keeps quotes and accents readable; the body is served as JSON, never embedded in HTML.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly JsonEncodedText PredictionsName = JsonEncodedText.Encode("predictions");
    private static readonly JsonEncodedText ExplanationName = JsonEncodedText.Encode("explanation");
    private static readonly JsonEncodedText FeatureName = JsonEncodedText.Encode("feature");
    private static readonly JsonEncodedText ContributionName = JsonEncodedText.Encode("contribution");

    public static void WriteDocument(PooledBuffer buffer, IReadOnlyList<Prediction> predictions, string[] outputs)
    {
        using var writer = new Utf8JsonWriter(buffer, Options);
        writer.WriteStartObject();
        writer.WriteStartArray(PredictionsName);
        for (var row = 0; row < predictions.Count; row++)
        {
            WritePrediction(writer, predictions[row], outputs, row);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteLines(PooledBuffer buffer, IReadOnlyList<Prediction> predictions, string[] outputs)
    {
        using var writer = new Utf8JsonWriter(buffer, Options);
        for (var row = 0; row < predictions.Count; row++)
        {
            WritePrediction(writer, predictions[row], outputs, row);
            writer.Flush();
            Utf8Text.Write(buffer, (byte)'\n');
            // Start the next line as a fresh root value.
            writer.Reset();
        }
    }

    private static void WritePrediction(Utf8JsonWriter writer, Prediction prediction, string[] outputs, int row)
    {
        writer.WriteStartObject();
        for (var i = 0; i < outputs.Length; i++)
        {
            var value = PredictionValues.Get(prediction, outputs[i], row);
            writer.WritePropertyName(outputs[i]);
            WriteValue(writer, value);
        }
        if (prediction.Explanation is { } explanation)
        {
            writer.WriteStartArray(ExplanationName);
            for (var i = 0; i < explanation.Count; i++)
            {
                writer.WriteStartObject();
                writer.WriteString(FeatureName, explanation[i].Feature);
                writer.WritePropertyName(ContributionName);
                WriteNumber(writer, explanation[i].Contribution);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case double number:
                WriteNumber(writer, number);
                return;
            case float number:
                if (float.IsFinite(number))
                {
                    writer.WriteNumberValue(number);
                }
                else
                {
                    writer.WriteNullValue();
                }
                return;
            case bool flag:
                writer.WriteBooleanValue(flag);
                return;
            case string text:
                writer.WriteStringValue(text);
                return;
            case long whole:
                writer.WriteNumberValue(whole);
                return;
            case int whole:
                writer.WriteNumberValue(whole);
                return;
            case decimal exact:
                writer.WriteNumberValue(exact);
                return;
            case DateTime moment:
                writer.WriteStringValue(moment);
                return;
            case DateTimeOffset moment:
                writer.WriteStringValue(moment);
                return;
            case IFormattable formattable:
                writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            default:
                writer.WriteStringValue(value.ToString());
                return;
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, double number)
    {
        // JSON has no NaN or Infinity.
        if (double.IsFinite(number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
