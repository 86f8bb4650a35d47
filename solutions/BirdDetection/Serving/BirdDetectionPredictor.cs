using Solutions.BirdDetection.Imaging;
using Solutions.BirdDetection.Inference;
using Solutions.Shared.Serving;

namespace Solutions.BirdDetection.Serving;

/// <summary>
/// Serves a <see cref="BirdDetector"/> under SageMaker's object detection contract: the request body is one JPEG or PNG
/// image (<c>image/jpeg</c>, <c>image/png</c> or <c>application/x-image</c>), the answer is <c>application/json</c>
/// <c>{"prediction": [[class_index, score, xmin, ymin, xmax, ymax], ...]}</c> with normalised coordinates, highest score
/// first. Options come from <c>X-Amzn-SageMaker-Custom-Attributes</c> (see <see cref="DetectionAttributes"/>).
/// Thread-safe, as the detector is.
/// </summary>
/// <remarks>
/// The image is recognised by its bytes, not its Content-Type: a PNG sent as <c>image/jpeg</c> is still read. Empty,
/// corrupt, truncated, non-JPEG/PNG (e.g. WebP) and over-<see cref="MaxPixels"/> images are refused with a message the
/// host answers as 400.
/// </remarks>
public sealed class BirdDetectionPredictor : IDocumentPredictor, IDisposable
{
    /// <summary>
    /// The most pixels a request image may declare: 25 megapixels (100 MB decoded), above any 6 MiB photo from a phone
    /// camera, while a few concurrent requests still fit in memory. The size is read from the header, before decoding.
    /// </summary>
    public const long MaxPixels = 25_000_000;

    /// <summary>What an error message calls the image.</summary>
    public const string ImageSource = "the request image";

    private readonly IDisposable? _backboneLease;

    /// <summary>Serves <paramref name="detector"/>, which it then owns and disposes.</summary>
    public BirdDetectionPredictor(BirdDetector detector)
        : this(detector, backboneLease: null)
    {
    }

    internal BirdDetectionPredictor(BirdDetector detector, IDisposable? backboneLease)
    {
        ArgumentNullException.ThrowIfNull(detector);
        Detector = detector;
        _backboneLease = backboneLease;
    }

    /// <summary>Loads the bundle in <paramref name="bundleFolder"/> with a ResNet18 of its own.</summary>
    /// <exception cref="Shared.Modeling.Bundles.ModelBundleException">The bundle is missing, damaged, or for another backbone.</exception>
    public static BirdDetectionPredictor Load(string bundleFolder) => new(BirdDetector.Load(bundleFolder));

    public BirdDetector Detector { get; }

    public IReadOnlyList<string> ContentTypes { get; } = ["image/jpeg", "image/png", "application/x-image"];

    public IReadOnlyList<string> AcceptTypes { get; } = [ServingContract.JsonMediaType];

    /// <exception cref="FormatException">The custom attributes are malformed.</exception>
    /// <exception cref="InvalidDataException">The body is not a usable JPEG or PNG image.</exception>
    public DocumentResponse Predict(DocumentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Attributes first: a typo there is cheaper to report than after a decode and a backbone pass.
        var options = DetectionAttributes.Parse(request.CustomAttributes);
        using var image = ImageDecoder.Decode(request.Body.Span, ImageSource, MaxPixels);
        var birds = Detector.Detect(image, options);
        return new DocumentResponse(DetectionJson.Write(birds), ServingContract.JsonMediaType);
    }

    public void Dispose()
    {
        Detector.Dispose();
        _backboneLease?.Dispose();
    }
}
