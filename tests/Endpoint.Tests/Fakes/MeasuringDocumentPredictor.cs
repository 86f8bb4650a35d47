using System.Globalization;
using System.Text;
using System.Text.Json;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint.Tests.Fakes;

/// <summary>
/// A document model checked by hand: it takes PNG or zip bodies and answers, by Accept, the CSV row <c>length + offset,first byte</c>
/// (which the adding model takes as x and y), the JSON <c>{"length": ..., "first_byte": ..., "attributes": ...}</c>, or
/// (<c>application/octet-stream</c>) the body itself. A body starting with a zero byte is refused with an InvalidDataException;
/// one starting with 0xFF makes it fail as a broken model would.
/// </summary>
/// <param name="offset">Tells bundle versions apart (see <see cref="MeasuringLoader"/>).</param>
internal sealed class MeasuringDocumentPredictor(double offset = 0) : IDocumentPredictor
{
    public const string Png = "image/png";
    public const string Zip = "application/zip";
    public const string Csv = "text/csv";
    public const string Json = "application/json";
    public const string Octets = "application/octet-stream";

    /// <summary>PNG's 8-byte signature: 8 bytes, the first 0x89 = 137.</summary>
    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public IReadOnlyList<string> ContentTypes { get; } = [Png, Zip];

    public IReadOnlyList<string> AcceptTypes { get; } = [Csv, Json, Octets];

    public DocumentResponse Predict(DocumentRequest request)
    {
        var first = request.Body.Span[0];
        if (first == 0)
        {
            throw new InvalidDataException("the document starts with a zero byte, which no PNG or zip does");
        }
        if (first == 0xFF)
        {
            throw new InvalidOperationException("the detector's session was disposed");
        }
        var length = (request.Body.Length + offset).ToString(CultureInfo.InvariantCulture);
        return request.Accept switch
        {
            Csv => new DocumentResponse(Encoding.UTF8.GetBytes($"{length},{first}\n"), Csv),
            Octets => new DocumentResponse(request.Body.ToArray(), Octets),
            _ => new DocumentResponse(Encoding.UTF8.GetBytes(
                $$"""{"length":{{length}},"first_byte":{{first}},"attributes":{{JsonSerializer.Serialize(request.CustomAttributes)}}}"""), Json),
        };
    }
}
