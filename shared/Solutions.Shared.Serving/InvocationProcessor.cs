using Solutions.Shared.Serving.Buffers;
using Solutions.Shared.Serving.Hosting;
using Solutions.Shared.Serving.Requests;
using Solutions.Shared.Serving.Responses;

namespace Solutions.Shared.Serving;

/// <summary>
/// The serving contract's <c>/invocations</c> without HTTP: parses a CSV, JSON or JSON Lines body against the
/// predictor's schema, scores it and writes the answer in the format Accept asks for. Both the single-model
/// <see cref="ServingHost"/> and a multi-model host use it, so every host parses and answers alike.
/// Thread-safe when the predictor is.
/// </summary>
public sealed class InvocationProcessor
{
    private const string CsvResponseType = ServingContract.CsvMediaType + "; charset=utf-8";

    private InvocationProcessor(ServedModel model) => Model = model;

    public IPredictor Predictor => Model.Predictor;

    internal ServedModel Model { get; }

    /// <summary>Checks the predictor's schema and outputs once and indexes its columns.</summary>
    /// <exception cref="InvalidOperationException">The schema is empty or names a column twice, or there are no outputs.</exception>
    public static InvocationProcessor Create(IPredictor predictor)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        return new InvocationProcessor(ServedModel.From(predictor));
    }

    /// <summary>Scores <paramref name="request"/> and writes the response body to <paramref name="output"/>.</summary>
    /// <returns>The response's Content-Type.</returns>
    /// <exception cref="InvocationRejectedException">400 for bad input (naming row and column), 406 or 415; nothing is written.</exception>
    /// <exception cref="InvalidOperationException">The predictor broke its contract (a server error, not the caller's).</exception>
    public string Process(InvocationRequest request, PooledBuffer output)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        var formats = NegotiatedFormats.From(request.ContentType, request.Accept, request.EnableExplanations);
        return Process(formats, request.Body, output);
    }

    /// <summary>The second half of <see cref="Process(InvocationRequest, PooledBuffer)"/>, once the headers passed.</summary>
    internal string Process(NegotiatedFormats formats, ReadOnlyMemory<byte> payload, PooledBuffer output)
    {
        if (payload.Span.StartsWith("\uFEFF"u8))
        {
            payload = payload[3..];
        }
        if (payload.Span.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            throw InvocationRejectedException.BadRequest("the request body is empty");
        }
        var format = formats.Request ?? ContentNegotiation.Sniff(payload.Span);
        var rows = format switch
        {
            PayloadFormat.Csv => CsvInstances.Read(payload.Span, Model),
            PayloadFormat.Json => JsonInstances.ReadDocument(payload, Model),
            _ => JsonInstances.ReadLines(payload, Model),
        };
        var predictions = Predict(rows, formats.Options);
        return Write(output, predictions, formats.Response ?? format);
    }

    private IReadOnlyList<Prediction> Predict(List<object?[]> rows, PredictionOptions options)
    {
        IReadOnlyList<Prediction> predictions;
        try
        {
            predictions = Model.Predictor.Predict(rows, options);
        }
        catch (Exception refused) when (refused is ArgumentException or FormatException)
        {
            // The IPredictor contract: these mean "this input cannot be scored", which is the caller's to fix.
            throw InvocationRejectedException.BadRequest(refused.Message);
        }
        if (predictions is null || predictions.Count != rows.Count)
        {
            throw new InvalidOperationException(
                $"the predictor returned {predictions?.Count ?? 0} predictions for {rows.Count} rows");
        }
        return predictions;
    }

    private string Write(PooledBuffer output, IReadOnlyList<Prediction> predictions, PayloadFormat format)
    {
        var outputs = Model.OutputColumns;
        switch (format)
        {
            case PayloadFormat.Csv:
                CsvPredictionWriter.Write(output, predictions, outputs);
                return CsvResponseType;
            case PayloadFormat.Json:
                JsonPredictionWriter.WriteDocument(output, predictions, outputs);
                return ServingContract.JsonMediaType;
            default:
                JsonPredictionWriter.WriteLines(output, predictions, outputs);
                return ServingContract.JsonLinesMediaType;
        }
    }
}
