using System.Globalization;

namespace Solutions.LungSurvival.Training.Model;

/// <summary>A classifier the study may choose, by name, with how to fit it on principal-component scores.</summary>
public sealed record ClassifierCandidate(string Name, Func<IReadOnlyList<double[]>, IReadOnlyList<bool>, int, ISurvivalClassifier> Fit)
{
    public const string BoostedTreesName = "boosted_trees";
    public const string LogisticPrefix = "logistic_l2_";

    /// <summary>
    /// L2 logistic regression at three penalties (weak to strong, since the number of components approaches the
    /// number of patients) and small boosted trees.
    /// </summary>
    public static IReadOnlyList<ClassifierCandidate> Defaults { get; } =
        [Logistic(1), Logistic(10), Logistic(100), BoostedTrees()];

    public static ClassifierCandidate Logistic(double lambda)
    {
        var name = LogisticPrefix + lambda.ToString(CultureInfo.InvariantCulture);
        return new(name, (rows, labels, _) => LogisticRegressionL2.Fit(name, rows, labels, lambda));
    }

    public static ClassifierCandidate BoostedTrees() =>
        new(BoostedTreesName, (rows, labels, seed) => BoostedTreesClassifier.Fit(BoostedTreesName, rows, labels, seed));
}
