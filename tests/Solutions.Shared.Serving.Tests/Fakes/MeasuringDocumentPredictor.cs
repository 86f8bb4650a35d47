using System.Text;
using System.Text.Json;

namespace Solutions.Shared.Serving.Tests.Fakes;

/// <summary>
/// A document model whose answers can be checked by hand: it takes PNG or JPEG and answers, by Accept, the JSON
/// <c>{"length": bytes, "content_type": ..., "attributes": ...}</c>, the CSV line <c>bytes,content type,attributes</c>, or
/// (<c>application/octet-stream</c>) the body itself. A body starting with a zero byte is refused with an InvalidDataException.
/// </summary>
internal sealed class MeasuringDocumentPredictor : IDocumentPredictor
{
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Json = "application/json";
    public const string Csv = "text/csv";
    public const string Octets = "application/octet-stream";

    public IReadOnlyList<string> ContentTypes { get; } = [Png, Jpeg];

    public IReadOnlyList<string> AcceptTypes { get; } = [Json, Csv, Octets];

    /// <summary>The most recent request, its body copied (the host reuses the buffer after the call).</summary>
    public (byte[] Body, string ContentType, string Accept, string? CustomAttributes)? Last { get; private set; }

    public DocumentResponse Predict(DocumentRequest request)
    {
        var body = request.Body.ToArray();
        Last = (body, request.ContentType, request.Accept, request.CustomAttributes);
        if (body[0] == 0)
        {
            throw new InvalidDataException("the document starts with a zero byte, which no PNG or JPEG does");
        }
        return request.Accept switch
        {
            Csv => new DocumentResponse(Encoding.UTF8.GetBytes($"{body.Length},{request.ContentType},{request.CustomAttributes}\n"), Csv),
            Octets => new DocumentResponse(body, Octets),
            _ => new DocumentResponse(JsonAnswer(body.Length, request), Json),
        };
    }

    private static byte[] JsonAnswer(int length, DocumentRequest request)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteNumber("length", length);
            writer.WriteString("content_type", request.ContentType);
            writer.WriteString("attributes", request.CustomAttributes);
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }
}
