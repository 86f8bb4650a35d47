using Solutions.Shared.Serving;

namespace Solutions.ChurnPrediction.Serving;

/// <summary>Lets a multi-model host load churn bundles.</summary>
public sealed class ChurnPredictorLoader : IPredictorLoader
{
    public string Solution => ChurnRunOptions.SolutionName;

    public IPredictor Load(string bundleFolder) => ChurnBundle.Load(bundleFolder).Predictor;
}
