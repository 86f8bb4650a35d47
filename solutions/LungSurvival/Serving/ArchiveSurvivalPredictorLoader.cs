using Solutions.Shared.Serving;

namespace Solutions.LungSurvival.Serving;

/// <summary>Lets a multi-model host load one-step bundles (<see cref="ArchiveSurvivalBundle"/>).</summary>
public sealed class ArchiveSurvivalPredictorLoader : IDocumentPredictorLoader
{
    public string Solution => ArchiveSurvivalBundle.SolutionName;

    public IDocumentPredictor Load(string bundleFolder) => ArchiveSurvivalBundle.Load(bundleFolder).Predictor;
}
