using Solutions.Shared.Serving.Buffers;
using Solutions.Shared.Serving.Hosting;
using Solutions.Shared.Serving.Requests;
using Solutions.Shared.Serving.Responses;

namespace Solutions.Shared.Serving;

/// <summary>
/// The serving contract's <c>/invocations</c> without HTTP, for either kind of model: parses a CSV, JSON or JSON Lines
/// body against an <see cref="IPredictor"/>'s schema, scores it and writes the answer in the format Accept asks for;
/// or hands an <see cref="IDocumentPredictor"/> its document once Content-Type and Accept match the media types it
/// declares. Both the single-model <see cref="ServingHost"/> and a multi-model host use it, so every host parses and
/// answers alike. Thread-safe when the predictor is.
/// </summary>
public sealed class InvocationProcessor
{
    private const string CsvResponseType = ServingContract.CsvMediaType + "; charset=utf-8";

    private readonly ServedModel? _rows;
    private readonly ServedDocumentModel? _documents;

    private InvocationProcessor(object model, ServedModel? rows, ServedDocumentModel? documents)
    {
        Model = model;
        _rows = rows;
        _documents = documents;
    }

    /// <summary>The model served: the <see cref="IPredictor"/> or <see cref="IDocumentPredictor"/> it was created with.</summary>
    public object Model { get; }

    /// <summary>Checks the predictor's schema and outputs once and indexes its columns.</summary>
    /// <exception cref="InvalidOperationException">The schema is empty or names a column twice, or there are no outputs.</exception>
    public static InvocationProcessor Create(IPredictor predictor)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        return new InvocationProcessor(predictor, ServedModel.From(predictor), documents: null);
    }

    /// <summary>Checks the media types the predictor declares once.</summary>
    /// <exception cref="InvalidOperationException">It declares no content or accept types, or one that is not a media type.</exception>
    public static InvocationProcessor Create(IDocumentPredictor predictor)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        return new InvocationProcessor(predictor, rows: null, ServedDocumentModel.From(predictor));
    }

    /// <summary>Answers <paramref name="request"/>, writing the response body to <paramref name="output"/>.</summary>
    /// <returns>The response's Content-Type.</returns>
    /// <exception cref="InvocationRejectedException">400 for bad input (naming row and column), 406 or 415; nothing is written.</exception>
    /// <exception cref="InvalidOperationException">The predictor broke its contract (a server error, not the caller's).</exception>
    public string Process(InvocationRequest request, PooledBuffer output)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        var negotiated = Negotiate(request.ContentType, request.Accept, request.EnableExplanations, request.CustomAttributes);
        return Process(negotiated, request.Body, output);
    }

    /// <summary>The header checks of <see cref="Process(InvocationRequest, PooledBuffer)"/>, so a refused request costs no body read.</summary>
    /// <exception cref="InvocationRejectedException">415, 406 or 400 for a header the contract cannot honour.</exception>
    internal NegotiatedInvocation Negotiate(string? contentType, string? accept, string? enableExplanations, string? customAttributes) =>
        _documents is { } documents
            ? new NegotiatedInvocation(default, documents.Negotiate(contentType, accept, customAttributes))
            : new NegotiatedInvocation(NegotiatedFormats.From(contentType, accept, enableExplanations), Document: null);

    /// <summary>The second half of <see cref="Process(InvocationRequest, PooledBuffer)"/>, once the headers passed.</summary>
    internal string Process(NegotiatedInvocation negotiated, ReadOnlyMemory<byte> payload, PooledBuffer output) =>
        negotiated.Document is { } document
            ? _documents!.Process(document, payload, output)
            : ProcessRows(negotiated.Rows, payload, output);

    private string ProcessRows(NegotiatedFormats formats, ReadOnlyMemory<byte> payload, PooledBuffer output)
    {
        var model = _rows!;
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
            PayloadFormat.Csv => CsvInstances.Read(payload.Span, model),
            PayloadFormat.Json => JsonInstances.ReadDocument(payload, model),
            _ => JsonInstances.ReadLines(payload, model),
        };
        var predictions = Predict(model, rows, formats.Options);
        return Write(model, output, predictions, formats.Response ?? format);
    }

    private static IReadOnlyList<Prediction> Predict(ServedModel model, List<object?[]> rows, PredictionOptions options)
    {
        IReadOnlyList<Prediction> predictions;
        try
        {
            predictions = model.Predictor.Predict(rows, options);
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

    private static string Write(ServedModel model, PooledBuffer output, IReadOnlyList<Prediction> predictions, PayloadFormat format)
    {
        var outputs = model.OutputColumns;
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
