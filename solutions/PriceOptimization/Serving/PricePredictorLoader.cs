using Solutions.Shared.Serving;

namespace Solutions.PriceOptimization.Serving;

/// <summary>Lets a multi-model host load price optimization bundles.</summary>
public sealed class PricePredictorLoader : IPredictorLoader
{
    public string Solution => PriceRunOptions.SolutionName;

    public IPredictor Load(string bundleFolder) => PriceBundle.Load(bundleFolder).Predictor;
}
