namespace Solutions.LungSurvival.Training.Model;

/// <summary>A fitted classifier of principal-component scores into P(Dead). Safe to call from several threads.</summary>
public interface ISurvivalClassifier
{
    /// <summary>The candidate it was fitted as, e.g. <c>logistic_l2_10</c>.</summary>
    string Name { get; }

    /// <summary>P(Dead) per row.</summary>
    IReadOnlyList<double> Probabilities(IReadOnlyList<double[]> rows);
}
