using System.Globalization;
using Solutions.Shared.Serving.Buffers;

namespace Solutions.Shared.Serving.Responses;

/// <summary>
/// Writes one CSV line per prediction: the output values in <see cref="IPredictor.OutputColumns"/> order,
/// then, when the prediction carries an explanation, one <c>feature,contribution</c> pair per contribution in
/// the predictor's order (largest magnitude first). Pairs rather than bare numbers because the features and
/// their order can differ from row to row.
/// </summary>
internal static class CsvPredictionWriter
{
    public static void Write(PooledBuffer buffer, IReadOnlyList<Prediction> predictions, string[] outputs)
    {
        for (var row = 0; row < predictions.Count; row++)
        {
            var prediction = predictions[row];
            for (var i = 0; i < outputs.Length; i++)
            {
                if (i > 0)
                {
                    Utf8Text.Write(buffer, (byte)',');
                }
                WriteValue(buffer, PredictionValues.Get(prediction, outputs[i], row));
            }
            if (prediction.Explanation is { } explanation)
            {
                for (var i = 0; i < explanation.Count; i++)
                {
                    Utf8Text.Write(buffer, (byte)',');
                    WriteText(buffer, explanation[i].Feature);
                    Utf8Text.Write(buffer, (byte)',');
                    Utf8Text.Write(buffer, explanation[i].Contribution);
                }
            }
            Utf8Text.Write(buffer, (byte)'\n');
        }
    }

    private static void WriteValue(PooledBuffer buffer, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                WriteText(buffer, text);
                return;
            case bool flag:
                Utf8Text.Write(buffer, flag ? "true"u8 : "false"u8);
                return;
            case double number:
                Utf8Text.Write(buffer, number);
                return;
            case DateTime moment:
                Utf8Text.Write(buffer, moment, "O");
                return;
            case DateTimeOffset moment:
                Utf8Text.Write(buffer, moment, "O");
                return;
            case IUtf8SpanFormattable formattable:
                Utf8Text.Write(buffer, formattable);
                return;
            case IFormattable formattable:
                WriteText(buffer, formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            default:
                WriteText(buffer, value.ToString() ?? string.Empty);
                return;
        }
    }

    /// <summary>RFC 4180 quoting: only when the text holds a comma, quote or line break.</summary>
    private static void WriteText(PooledBuffer buffer, string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            Utf8Text.Write(buffer, text);
            return;
        }
        Utf8Text.Write(buffer, (byte)'"');
        Utf8Text.Write(buffer, text.Replace("\"", "\"\"", StringComparison.Ordinal));
        Utf8Text.Write(buffer, (byte)'"');
    }
}
