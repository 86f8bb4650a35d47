using Solutions.BirdDetection.Serving;
using Solutions.ChurnPrediction.Serving;
using Solutions.Endpoint.Training;
using Solutions.LungSurvival.Serving;
using Solutions.PaymentClassification.Serving;
using Solutions.PriceOptimization.Serving;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint;

/// <summary>
/// The solutions this host serves and trains: the one place a new solution joins (one loader line, one trainer line).
/// A solution whose model takes a whole document (an image, a zip of DICOM files) adds its loader to <see cref="DocumentLoaders"/>.
/// </summary>
public static class SuiteSolutions
{
    public static IReadOnlyList<IPredictorLoader> Loaders { get; } =
    [
        new ChurnPredictorLoader(),
        new PaymentPredictorLoader(),
        new PricePredictorLoader(),
        new SurvivalPredictorLoader(),
    ];

    public static IReadOnlyList<IDocumentPredictorLoader> DocumentLoaders { get; } =
    [
        new RadiomicsDocumentPredictorLoader(),
        new ArchiveSurvivalPredictorLoader(),
        // One loader for all bird bundles: models at the same input size share one ResNet18.
        new BirdDetectionPredictorLoader(),
    ];

    public static IReadOnlyList<IBundleTrainer> Trainers { get; } =
    [
        new ChurnBundleTrainer(),
        new PaymentBundleTrainer(),
        new PriceBundleTrainer(),
        LungBundleTrainer.Survival(),
        LungBundleTrainer.Radiomics(),
        LungBundleTrainer.Archive(),
        new BirdBundleTrainer(),
    ];
}
