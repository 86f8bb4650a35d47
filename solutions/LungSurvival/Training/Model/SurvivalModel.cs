namespace Solutions.LungSurvival.Training.Model;

/// <summary>The fitted chain: standardise, project onto the principal components, classify. Fitted only on the rows given.</summary>
public sealed record SurvivalModel(Standardiser Scaler, PrincipalComponents Pca, ISurvivalClassifier Classifier)
{
    public static SurvivalModel Fit(IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, ClassifierCandidate candidate, int seed,
        double varianceToKeep = PrincipalComponents.DefaultVarianceToKeep)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (rows.Count != labels.Count || rows.Count == 0)
        {
            throw new ArgumentException($"Got {rows.Count} rows and {labels.Count} labels; they must match and not be empty.");
        }
        var scaler = Standardiser.Fit(rows);
        var scaled = rows.Select(scaler.Transform).ToArray();
        var pca = PrincipalComponents.Fit(scaled, varianceToKeep);
        var scores = scaled.Select(pca.Transform).ToArray();
        return new SurvivalModel(scaler, pca, candidate.Fit(scores, labels, seed));
    }

    /// <summary>P(Dead) per encoded row.</summary>
    public IReadOnlyList<double> Probabilities(IReadOnlyList<double[]> rows) =>
        Classifier.Probabilities([.. rows.Select(r => Pca.Transform(Scaler.Transform(r)))]);
}
