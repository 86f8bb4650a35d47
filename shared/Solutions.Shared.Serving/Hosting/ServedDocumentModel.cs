using System.Buffers;
using Solutions.Shared.Serving.Buffers;
using Solutions.Shared.Serving.Requests;

namespace Solutions.Shared.Serving.Hosting;

/// <summary>A loaded <see cref="IDocumentPredictor"/> with its media types checked once, and the contract around its calls.</summary>
internal sealed class ServedDocumentModel
{
    private ServedDocumentModel(IDocumentPredictor predictor, string[] contentTypes, string[] acceptTypes)
    {
        Predictor = predictor;
        ContentTypes = contentTypes;
        AcceptTypes = acceptTypes;
    }

    public IDocumentPredictor Predictor { get; }

    public string[] ContentTypes { get; }

    public string[] AcceptTypes { get; }

    /// <exception cref="InvalidOperationException">The predictor declares no media types, or a blank one.</exception>
    public static ServedDocumentModel From(IDocumentPredictor predictor) => new(
        predictor,
        MediaTypes(predictor, predictor.ContentTypes, nameof(IDocumentPredictor.ContentTypes)),
        MediaTypes(predictor, predictor.AcceptTypes, nameof(IDocumentPredictor.AcceptTypes)));

    /// <exception cref="InvocationRejectedException">415 or 406.</exception>
    public NegotiatedDocument Negotiate(string? contentType, string? accept, string? customAttributes) => new(
        DocumentNegotiation.RequestType(contentType, ContentTypes),
        DocumentNegotiation.ResponseType(accept, AcceptTypes),
        customAttributes);

    /// <summary>Calls the predictor and copies its answer into <paramref name="output"/>.</summary>
    /// <returns>The answer's Content-Type.</returns>
    /// <exception cref="InvocationRejectedException">400 for an empty body or one the predictor refuses.</exception>
    /// <exception cref="InvalidOperationException">The predictor broke its contract.</exception>
    public string Process(NegotiatedDocument document, ReadOnlyMemory<byte> body, PooledBuffer output)
    {
        if (body.IsEmpty)
        {
            throw InvocationRejectedException.BadRequest("the request body is empty");
        }
        DocumentResponse? response;
        try
        {
            response = Predictor.Predict(new DocumentRequest(body, document.ContentType, document.Accept, document.CustomAttributes));
        }
        catch (Exception refused) when (refused is InvalidDataException or FormatException or ArgumentException)
        {
            // The IDocumentPredictor contract: these mean "this document cannot be used", which is the caller's to fix.
            throw InvocationRejectedException.BadRequest(refused.Message);
        }
        if (response is null || string.IsNullOrWhiteSpace(response.ContentType))
        {
            throw new InvalidOperationException(
                $"{Predictor.GetType().Name}.Predict returned {(response is null ? "null" : "a response without a Content-Type")}");
        }
        output.Write(response.Body.Span);
        return response.ContentType;
    }

    private static string[] MediaTypes(IDocumentPredictor predictor, IReadOnlyList<string>? declared, string property)
    {
        var types = declared?.ToArray() ?? [];
        if (types.Length == 0)
        {
            throw new InvalidOperationException($"{predictor.GetType().Name}.{property} is empty");
        }
        if (types.FirstOrDefault(type => string.IsNullOrWhiteSpace(type) || !type.Contains('/')) is { } malformed)
        {
            throw new InvalidOperationException(
                $"{predictor.GetType().Name}.{property} holds '{malformed}', which is not a media type such as image/png");
        }
        return types;
    }
}
