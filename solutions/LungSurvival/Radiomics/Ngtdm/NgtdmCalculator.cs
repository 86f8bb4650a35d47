namespace Solutions.LungSurvival.Radiomics.Ngtdm;

/// <summary>Computes <see cref="NgtdmFeatures"/> with pyradiomics' formulas and its values for degenerate regions.</summary>
internal static class NgtdmCalculator
{
    /// <summary>pyradiomics' coarseness when no voxel differs from its neighbourhood.</summary>
    private const double FlatCoarseness = 1e6;

    public static NgtdmFeatures Compute(MaskedRegion region)
    {
        var ng = region.LevelCount;
        var counts = new double[ng];
        var differences = new double[ng];
        ToneDifferenceMatrix.Count(region, counts, differences);

        // Only the grey levels present take part (pyradiomics deletes the empty rows).
        var present = new List<(double Level, double P, double S)>(ng);
        double nvp = 0;
        foreach (var n in counts) nvp += n;
        for (var i = 0; i < ng; i++)
            if (counts[i] > 0) present.Add((i + 1, counts[i] / nvp, differences[i]));

        double sumPs = 0, sumS = 0;
        foreach (var (_, p, s) in present)
        {
            sumPs += p * s;
            sumS += s;
        }

        double spread = 0, weightedSpread = 0, absoluteDifference = 0, complexity = 0;
        foreach (var (li, pi, si) in present)
            foreach (var (lj, pj, sj) in present)
            {
                var d2 = (li - lj) * (li - lj);
                spread += pi * pj * d2;
                weightedSpread += (pi + pj) * d2;
                absoluteDifference += Math.Abs(li * pi - lj * pj);
                complexity += Math.Abs(li - lj) * (pi * si + pj * sj) / (pi + pj);
            }

        var ngp = present.Count;
        return new NgtdmFeatures(
            Coarseness: sumPs == 0 ? FlatCoarseness : 1 / sumPs,
            Contrast: ngp <= 1 ? 0 : spread / (ngp * (ngp - 1.0)) * sumS / nvp,
            Busyness: absoluteDifference == 0 ? 0 : sumPs / absoluteDifference,
            Complexity: complexity / nvp,
            Strength: sumS == 0 ? 0 : weightedSpread / sumS);
    }
}
