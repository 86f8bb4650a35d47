using Solutions.Shared.Serving;

namespace Solutions.PaymentClassification.Serving;

/// <summary>Lets a multi-model host load payment bundles (each opens the feature store its manifest names).</summary>
public sealed class PaymentPredictorLoader : IPredictorLoader
{
    public string Solution => PaymentRunOptions.SolutionName;

    public IPredictor Load(string bundleFolder) => PaymentBundle.Load(bundleFolder).Predictor;
}
