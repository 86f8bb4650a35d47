using Solutions.Shared.Serving;

namespace Solutions.LungSurvival.Serving;

/// <summary>Lets a multi-model host load survival bundles.</summary>
public sealed class SurvivalPredictorLoader : IPredictorLoader
{
    public string Solution => SurvivalBundle.SolutionName;

    public IPredictor Load(string bundleFolder) => SurvivalBundle.Load(bundleFolder).Predictor;
}
