using SkiaSharp;
using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Detection;
using Solutions.BirdDetection.Imaging;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.BirdDetection.Inference;

/// <summary>
/// Finds birds in images with a trained bundle: decode, stretch to the square input, ResNet18 feature map, detection
/// head, non-maximum suppression. Thread-safe: one instance serves concurrent requests.
/// </summary>
public sealed class BirdDetector : IDisposable
{
    private readonly ResNetBackbone _backbone;
    private readonly bool _ownsBackbone;

    /// <summary>Runs <paramref name="model"/> on a backbone the caller owns (and disposes), e.g. one shared by two models.</summary>
    /// <exception cref="ModelBundleException">The model was trained on another backbone or input size.</exception>
    public BirdDetector(BirdModel model, ResNetBackbone backbone)
        : this(model, backbone, ownsBackbone: false)
    {
    }

    private BirdDetector(BirdModel model, ResNetBackbone backbone, bool ownsBackbone)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(backbone);
        if (model.BackboneIdentity != backbone.ModelIdentity)
            throw new ModelBundleException(
                $"the model was trained on backbone {model.BackboneIdentity} but this backbone is {backbone.ModelIdentity}; retrain the model with this backbone.");
        if (model.InputSize != backbone.InputSize)
            throw new ModelBundleException(
                $"the model was trained at {model.InputSize}-pixel input but the backbone takes {backbone.InputSize}.");
        Model = model;
        _backbone = backbone;
        _ownsBackbone = ownsBackbone;
    }

    /// <summary>Loads the bundle in <paramref name="bundleFolder"/> and the ResNet18 it was trained on.</summary>
    /// <param name="backbone">How to run the backbone; its input size is taken from the bundle.</param>
    /// <exception cref="ModelBundleException">
    /// The bundle is missing, damaged or another solution's, or was trained on another backbone than the one installed.
    /// </exception>
    public static BirdDetector Load(string bundleFolder, ResNetBackboneOptions? backbone = null)
    {
        var model = BirdBundle.Load(bundleFolder);
        var resNet = new ResNetBackbone((backbone ?? new ResNetBackboneOptions()) with { InputSize = model.InputSize });
        try
        {
            return new BirdDetector(model, resNet, ownsBackbone: true);
        }
        catch (ModelBundleException e)
        {
            resNet.Dispose();
            throw new ModelBundleException($"Model bundle '{bundleFolder}': {e.Message}", e);
        }
    }

    public BirdModel Model { get; }

    public IReadOnlyList<SpeciesLabel> Species => Model.Species;

    /// <summary>Birds in a decoded image, highest score first.</summary>
    public IReadOnlyList<DetectedBird> Detect(SKBitmap image, InferenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Detect(_backbone.Extract(image), options);
    }

    /// <summary>Birds in an encoded JPEG or PNG image, highest score first.</summary>
    /// <param name="source">Names the image in errors, e.g. a file path or "request body".</param>
    /// <exception cref="InvalidDataException">The bytes are not a readable JPEG or PNG image.</exception>
    public IReadOnlyList<DetectedBird> Detect(ReadOnlySpan<byte> encodedImage, string source, InferenceOptions? options = null)
    {
        using var image = ImageDecoder.Decode(encodedImage, source);
        return Detect(image, options);
    }

    /// <summary>Birds in the JPEG or PNG file at <paramref name="path"/>, highest score first.</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="InvalidDataException">The file is not a readable JPEG or PNG image.</exception>
    public IReadOnlyList<DetectedBird> DetectFile(string path, InferenceOptions? options = null)
    {
        using var image = ImageDecoder.DecodeFile(path);
        return Detect(image, options);
    }

    /// <summary>Birds in an image whose feature map is already computed (e.g. cached), highest score first.</summary>
    public IReadOnlyList<DetectedBird> Detect(FeatureMap map, InferenceOptions? options = null) =>
        [.. Model.Head.Predict(map, options).Select(found => new DetectedBird(Species[found.ClassIndex], found.Score, found.Box))];

    public void Dispose()
    {
        if (_ownsBackbone) _backbone.Dispose();
    }
}
