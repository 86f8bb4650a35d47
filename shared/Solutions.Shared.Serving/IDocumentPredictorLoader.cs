namespace Solutions.Shared.Serving;

/// <summary>
/// The <see cref="IPredictorLoader"/> of a solution whose model answers whole documents: a host that serves many solutions
/// (the endpoint) matches it by the <c>solution</c> field of the bundle's manifest, exactly as it matches tabular loaders.
/// </summary>
public interface IDocumentPredictorLoader
{
    /// <summary>The solution name a bundle's manifest carries, e.g. <c>BirdDetection</c>.</summary>
    string Solution { get; }

    /// <summary>Loads the bundle in <paramref name="bundleFolder"/>; throws with a clear message when it is missing, corrupt or for another model.</summary>
    IDocumentPredictor Load(string bundleFolder);
}
