using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Inference;
using Solutions.Shared.Modeling.Bundles;
using Solutions.Shared.Serving;

namespace Solutions.BirdDetection.Serving;

/// <summary>
/// Lets a multi-model host load bird bundles. Every bundle it loads at the same input size runs on one shared ResNet18
/// (a bundle trained on another backbone is refused), so a second model, e.g. the baseline beside the flipped one for an
/// A/B test, costs only its small head.
/// </summary>
/// <param name="backbone">How to run the shared backbones; the input size comes from each bundle.</param>
public sealed class BirdDetectionPredictorLoader(ResNetBackboneOptions? backbone = null) : IDocumentPredictorLoader
{
    private readonly SharedBackbones _backbones = new(backbone ?? new ResNetBackboneOptions());

    public string Solution => BirdBundle.SolutionName;

    /// <summary>Backbones in memory now, one per input size of the loaded models.</summary>
    public int BackbonesLoaded => _backbones.Count;

    /// <summary>Loads the bundle; the predictor it returns is <see cref="IDisposable"/> and releases its share of the backbone.</summary>
    /// <exception cref="ModelBundleException">The bundle is missing, damaged, another solution's, or for another backbone.</exception>
    public IDocumentPredictor Load(string bundleFolder)
    {
        var model = BirdBundle.Load(bundleFolder);
        var lease = _backbones.Acquire(model.InputSize);
        try
        {
            return new BirdDetectionPredictor(new BirdDetector(model, lease.Backbone), lease);
        }
        catch (ModelBundleException e)
        {
            lease.Dispose();
            throw new ModelBundleException($"Model bundle '{bundleFolder}': {e.Message}", e);
        }
    }
}
