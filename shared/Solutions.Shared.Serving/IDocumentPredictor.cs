namespace Solutions.Shared.Serving;

/// <summary>
/// A model whose request body is one whole document (an image, a zip of DICOM files) rather than rows: what a solution
/// plugs into the serving contract when <see cref="IPredictor"/>'s CSV and JSON rows do not fit. The host checks
/// Content-Type and Accept against <see cref="ContentTypes"/> and <see cref="AcceptTypes"/> (415 and 406) and the
/// 6 MiB limit (413) before it calls <see cref="Predict"/>. Implementations must be safe to call from many requests at once.
/// </summary>
public interface IDocumentPredictor
{
    /// <summary>Media types of request bodies it accepts, e.g. <c>image/jpeg</c>, <c>image/png</c>, <c>application/zip</c>.</summary>
    /// <remarks>A request without Content-Type is taken to be the first.</remarks>
    IReadOnlyList<string> ContentTypes { get; }

    /// <summary>Media types it can answer in; the first is used when Accept is absent or <c>*/*</c>.</summary>
    IReadOnlyList<string> AcceptTypes { get; }

    /// <summary>Answers one document.</summary>
    /// <param name="request">The body and the media types the host negotiated; the body is only valid during the call.</param>
    /// <returns>The answer's body and Content-Type.</returns>
    /// <exception cref="InvalidDataException">A body it cannot use (e.g. a truncated image); the caller gets a 400 with the message.</exception>
    /// <exception cref="FormatException">Likewise, a 400 with the message.</exception>
    /// <exception cref="ArgumentException">Likewise, a 400 with the message.</exception>
    DocumentResponse Predict(DocumentRequest request);
}
