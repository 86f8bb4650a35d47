namespace Solutions.LungSurvival.Radiomics.Resegmentation;

/// <summary>
/// An inclusive intensity range for re-segmentation (pyradiomics' <c>resegmentRange</c> in absolute mode): mask voxels
/// whose intensity falls outside [<see cref="Minimum"/>, <see cref="Maximum"/>] are left out of the intensity and
/// texture features. IBSI's CT configurations use, for example, [-500, 400] HU to drop air and bone.
/// </summary>
public sealed record IntensityRange
{
    public IntensityRange(double minimum, double maximum)
    {
        if (!double.IsFinite(minimum) || !double.IsFinite(maximum) || minimum > maximum)
            throw new ArgumentException($"a re-segmentation range needs finite bounds with minimum <= maximum; got [{minimum}, {maximum}]");
        Minimum = minimum;
        Maximum = maximum;
    }

    public double Minimum { get; }

    public double Maximum { get; }

    public bool Contains(double value) => value >= Minimum && value <= Maximum;
}
