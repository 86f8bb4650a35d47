using Solutions.Shared.Serving;

namespace Solutions.LungSurvival.Serving;

/// <summary>Lets a multi-model host load radiomics bundles (<see cref="RadiomicsBundle"/>).</summary>
public sealed class RadiomicsDocumentPredictorLoader : IDocumentPredictorLoader
{
    public string Solution => RadiomicsBundle.SolutionName;

    public IDocumentPredictor Load(string bundleFolder) => RadiomicsBundle.Load(bundleFolder).Predictor;
}
