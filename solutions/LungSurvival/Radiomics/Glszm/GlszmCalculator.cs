namespace Solutions.LungSurvival.Radiomics.Glszm;

/// <summary>Computes <see cref="GlszmFeatures"/> from the size zone matrix with pyradiomics' formulas.</summary>
internal static class GlszmCalculator
{
    public static GlszmFeatures Compute(MaskedRegion region)
    {
        var zones = SizeZoneMatrix.Count(region);
        double nz = 0, sae = 0, lae = 0, lgl = 0, hgl = 0, salgl = 0, sahgl = 0, lalgl = 0, lahgl = 0, meanLevel = 0, meanSize = 0;
        var levelTotals = new double[region.LevelCount + 1];
        var sizeTotals = new Dictionary<int, double>();
        foreach (var ((level, size), count) in zones)
        {
            nz += count;
            levelTotals[level] += count;
            sizeTotals[size] = sizeTotals.GetValueOrDefault(size) + count;
            double i2 = (double)level * level, j2 = (double)size * size;
            sae += count / j2;
            lae += count * j2;
            lgl += count / i2;
            hgl += count * i2;
            salgl += count / (i2 * j2);
            sahgl += count * i2 / j2;
            lalgl += count * j2 / i2;
            lahgl += count * i2 * j2;
            meanLevel += count * (double)level;
            meanSize += count * (double)size;
        }

        meanLevel /= nz;
        meanSize /= nz;
        double gln = 0, levelVariance = 0;
        for (var level = 1; level < levelTotals.Length; level++)
        {
            gln += levelTotals[level] * levelTotals[level];
            levelVariance += levelTotals[level] * (level - meanLevel) * (level - meanLevel);
        }

        double szn = 0, sizeVariance = 0;
        foreach (var (size, total) in sizeTotals)
        {
            szn += total * total;
            sizeVariance += total * (size - meanSize) * (size - meanSize);
        }

        double entropy = 0;
        foreach (var count in zones.Values)
        {
            var p = count / nz;
            entropy -= p * Math.Log2(p + Entropies.Epsilon);
        }

        return new GlszmFeatures(
            SmallAreaEmphasis: sae / nz,
            LargeAreaEmphasis: lae / nz,
            GrayLevelNonUniformity: gln / nz,
            GrayLevelNonUniformityNormalized: gln / (nz * nz),
            SizeZoneNonUniformity: szn / nz,
            SizeZoneNonUniformityNormalized: szn / (nz * nz),
            ZonePercentage: nz / region.Values.Length,
            GrayLevelVariance: levelVariance / nz,
            ZoneVariance: sizeVariance / nz,
            ZoneEntropy: entropy,
            LowGrayLevelZoneEmphasis: lgl / nz,
            HighGrayLevelZoneEmphasis: hgl / nz,
            SmallAreaLowGrayLevelEmphasis: salgl / nz,
            SmallAreaHighGrayLevelEmphasis: sahgl / nz,
            LargeAreaLowGrayLevelEmphasis: lalgl / nz,
            LargeAreaHighGrayLevelEmphasis: lahgl / nz);
    }
}
