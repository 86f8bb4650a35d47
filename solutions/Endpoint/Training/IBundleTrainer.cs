using Solutions.Shared.Reporting.Progress;

namespace Solutions.Endpoint.Training;

/// <summary>Trains a solution's model bundle from its bundled data, so <c>--train-missing</c> can fill in bundles a config names.</summary>
public interface IBundleTrainer
{
    /// <summary>The solution name the bundle's manifest will carry, e.g. <c>ChurnPrediction</c>.</summary>
    string Solution { get; }

    /// <summary>Trains and writes the bundle to <paramref name="bundleFolder"/>, showing each step.</summary>
    void Train(string bundleFolder, int seed, IProgressDisplay progress);
}
