namespace Solutions.LungSurvival.Radiomics.Gldm;

/// <summary>Computes <see cref="GldmFeatures"/> from the dependence matrix with pyradiomics' formulas.</summary>
internal static class GldmCalculator
{
    private const int Nd = DependenceMatrix.MaxDependence;

    public static GldmFeatures Compute(MaskedRegion region)
    {
        var counts = DependenceMatrix.Count(region);
        var ng = region.LevelCount;
        // Every masked voxel is counted once, so the matrix total is the voxel count.
        double nz = region.Values.Length;
        double sde = 0, lde = 0, lgl = 0, hgl = 0, sdlgl = 0, sdhgl = 0, ldlgl = 0, ldhgl = 0, meanLevel = 0, meanSize = 0, entropy = 0;
        var levelTotals = new double[ng];
        var sizeTotals = new double[Nd];
        for (var i = 0; i < ng; i++)
            for (var j = 0; j < Nd; j++)
            {
                var c = counts[i * Nd + j];
                if (c == 0) continue;
                double level = i + 1, size = j + 1, i2 = level * level, j2 = size * size, p = c / nz;
                levelTotals[i] += c;
                sizeTotals[j] += c;
                sde += c / j2;
                lde += c * j2;
                lgl += c / i2;
                hgl += c * i2;
                sdlgl += c / (i2 * j2);
                sdhgl += c * i2 / j2;
                ldlgl += c * j2 / i2;
                ldhgl += c * i2 * j2;
                meanLevel += p * level;
                meanSize += p * size;
                entropy -= p * Math.Log2(p + Entropies.Epsilon);
            }

        double gln = 0, levelVariance = 0;
        for (var i = 0; i < ng; i++)
        {
            gln += levelTotals[i] * levelTotals[i];
            levelVariance += levelTotals[i] * (i + 1 - meanLevel) * (i + 1 - meanLevel);
        }

        double dn = 0, sizeVariance = 0;
        for (var j = 0; j < Nd; j++)
        {
            dn += sizeTotals[j] * sizeTotals[j];
            sizeVariance += sizeTotals[j] * (j + 1 - meanSize) * (j + 1 - meanSize);
        }

        return new GldmFeatures(
            SmallDependenceEmphasis: sde / nz,
            LargeDependenceEmphasis: lde / nz,
            GrayLevelNonUniformity: gln / nz,
            DependenceNonUniformity: dn / nz,
            DependenceNonUniformityNormalized: dn / (nz * nz),
            GrayLevelVariance: levelVariance / nz,
            DependenceVariance: sizeVariance / nz,
            DependenceEntropy: entropy,
            LowGrayLevelEmphasis: lgl / nz,
            HighGrayLevelEmphasis: hgl / nz,
            SmallDependenceLowGrayLevelEmphasis: sdlgl / nz,
            SmallDependenceHighGrayLevelEmphasis: sdhgl / nz,
            LargeDependenceLowGrayLevelEmphasis: ldlgl / nz,
            LargeDependenceHighGrayLevelEmphasis: ldhgl / nz);
    }
}
