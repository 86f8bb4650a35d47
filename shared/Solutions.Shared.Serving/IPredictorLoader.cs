namespace Solutions.Shared.Serving;

/// <summary>
/// How a host that serves many solutions (the endpoint) turns a model bundle into a predictor: each solution
/// provides one loader, matched by the <c>solution</c> field of the bundle's manifest.
/// </summary>
public interface IPredictorLoader
{
    /// <summary>The solution name a bundle's manifest carries, e.g. <c>ChurnPrediction</c>.</summary>
    string Solution { get; }

    /// <summary>Loads the bundle in <paramref name="bundleFolder"/>; throws with a clear message when it is missing, corrupt or for another schema.</summary>
    IPredictor Load(string bundleFolder);
}
