namespace Solutions.LungSurvival.Radiomics;

/// <summary>The constants pyradiomics uses in its logarithms and divisions.</summary>
internal static class Entropies
{
    /// <summary>numpy.spacing(1), added inside log2 so empty cells contribute 0 rather than NaN.</summary>
    public const double Epsilon = 2.220446049250313e-16;
}
