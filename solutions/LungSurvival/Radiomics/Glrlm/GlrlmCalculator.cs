using Solutions.LungSurvival.Radiomics.Texture;

namespace Solutions.LungSurvival.Radiomics.Glrlm;

/// <summary>Computes <see cref="GlrlmFeatures"/> per direction with pyradiomics' formulas and averages them.</summary>
internal static class GlrlmCalculator
{
    public static GlrlmFeatures Compute(MaskedRegion region)
    {
        var ng = region.LevelCount;
        var maxRun = RunLengthMatrix.MaxRunLength(region);
        var counts = new double[ng * maxRun];
        var sums = new double[GlrlmFeatures.Count];
        var features = new double[GlrlmFeatures.Count];
        var directions = NeighbourDirections.Three;
        foreach (var direction in directions)
        {
            var runs = RunLengthMatrix.Count(region, direction, maxRun, counts);
            FromMatrix(counts, ng, maxRun, runs, region.Values.Length, features);
            for (var f = 0; f < sums.Length; f++) sums[f] += features[f];
        }

        // Every masked voxel is in a run in every direction, so no direction is ever empty.
        for (var f = 0; f < sums.Length; f++) sums[f] /= directions.Count;
        return GlrlmFeatures.FromArray(sums);
    }

    /// <summary>The 16 features of one run length matrix of <paramref name="runs"/> runs over <paramref name="voxels"/> voxels.</summary>
    internal static void FromMatrix(ReadOnlySpan<double> counts, int ng, int maxRun, double runs, int voxels, Span<double> result)
    {
        double sre = 0, lre = 0, lgl = 0, hgl = 0, srlgl = 0, srhgl = 0, lrlgl = 0, lrhgl = 0, meanLevel = 0, meanRun = 0, entropy = 0;
        double gln = 0;
        var runTotals = new double[maxRun];
        for (var i = 0; i < ng; i++)
        {
            double level = i + 1, level2 = level * level, levelTotal = 0;
            for (var j = 0; j < maxRun; j++)
            {
                var c = counts[i * maxRun + j];
                if (c == 0) continue;
                double length = j + 1, length2 = length * length, p = c / runs;
                levelTotal += c;
                runTotals[j] += c;
                sre += c / length2;
                lre += c * length2;
                lgl += c / level2;
                hgl += c * level2;
                srlgl += c / (level2 * length2);
                srhgl += c * level2 / length2;
                lrlgl += c * length2 / level2;
                lrhgl += c * level2 * length2;
                meanLevel += p * level;
                meanRun += p * length;
                entropy -= p * Math.Log2(p + Entropies.Epsilon);
            }

            gln += levelTotal * levelTotal;
        }

        double rln = 0;
        foreach (var t in runTotals) rln += t * t;

        double levelVariance = 0, runVariance = 0;
        for (var i = 0; i < ng; i++)
            for (var j = 0; j < maxRun; j++)
            {
                var c = counts[i * maxRun + j];
                if (c == 0) continue;
                var p = c / runs;
                levelVariance += p * (i + 1 - meanLevel) * (i + 1 - meanLevel);
                runVariance += p * (j + 1 - meanRun) * (j + 1 - meanRun);
            }

        result[0] = sre / runs;
        result[1] = lre / runs;
        result[2] = gln / runs;
        result[3] = gln / (runs * runs);
        result[4] = rln / runs;
        result[5] = rln / (runs * runs);
        result[6] = runs / voxels;
        result[7] = levelVariance;
        result[8] = runVariance;
        result[9] = entropy;
        result[10] = lgl / runs;
        result[11] = hgl / runs;
        result[12] = srlgl / runs;
        result[13] = srhgl / runs;
        result[14] = lrlgl / runs;
        result[15] = lrhgl / runs;
    }
}
