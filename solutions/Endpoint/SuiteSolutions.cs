using Solutions.ChurnPrediction.Serving;
using Solutions.Endpoint.Training;
using Solutions.Shared.Serving;

namespace Solutions.Endpoint;

/// <summary>
/// The solutions this host serves and trains: the one place a new solution joins (one loader line, one trainer line).
/// </summary>
public static class SuiteSolutions
{
    public static IReadOnlyList<IPredictorLoader> Loaders { get; } =
    [
        new ChurnPredictorLoader(),
    ];

    public static IReadOnlyList<IBundleTrainer> Trainers { get; } =
    [
        new ChurnBundleTrainer(),
    ];
}
