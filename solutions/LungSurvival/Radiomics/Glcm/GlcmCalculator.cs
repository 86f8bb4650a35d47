using MathNet.Numerics.LinearAlgebra;

namespace Solutions.LungSurvival.Radiomics.Glcm;

/// <summary>Computes <see cref="GlcmFeatures"/> per direction with pyradiomics' formulas and averages them.</summary>
internal static class GlcmCalculator
{
    private const double Eps = Entropies.Epsilon;

    public static GlcmFeatures Compute(MaskedRegion region)
    {
        var ng = region.LevelCount;
        var p = new double[ng * ng];
        var sums = new double[GlcmFeatures.Count];
        var features = new double[GlcmFeatures.Count];
        var directions = 0;
        foreach (var direction in CooccurrenceMatrix.Directions)
        {
            var total = CooccurrenceMatrix.Count(region, direction, p);
            // pyradiomics drops directions with no pairs (e.g. through a one-slice region).
            if (total == 0) continue;
            for (var k = 0; k < p.Length; k++) p[k] /= total;
            FromMatrix(p, ng, features);
            for (var f = 0; f < sums.Length; f++) sums[f] += features[f];
            directions++;
        }

        if (directions == 0)
        {
            // No neighbouring pair anywhere (a single voxel): pyradiomics has no matrix either; report NaN, not a guess.
            return GlcmFeatures.FromArray(Enumerable.Repeat(double.NaN, GlcmFeatures.Count).ToArray());
        }

        for (var f = 0; f < sums.Length; f++) sums[f] /= directions;
        return GlcmFeatures.FromArray(sums);
    }

    /// <summary>The 24 features of one normalised Ng x Ng matrix, grey levels 1..Ng, in <see cref="GlcmFeatures"/>' order.</summary>
    internal static void FromMatrix(ReadOnlySpan<double> p, int ng, Span<double> result)
    {
        Span<double> px = ng <= 256 ? stackalloc double[ng] : new double[ng];
        Span<double> py = ng <= 256 ? stackalloc double[ng] : new double[ng];
        px.Clear();
        py.Clear();
        var sum = new double[2 * ng + 1];
        var diff = new double[ng];
        double ux = 0, uy = 0, autocorrelation = 0, contrast = 0, energy = 0, hxy = 0, maximum = 0;
        for (var i = 0; i < ng; i++)
            for (var j = 0; j < ng; j++)
            {
                var v = p[i * ng + j];
                if (v == 0) continue;
                px[i] += v;
                py[j] += v;
                double gi = i + 1, gj = j + 1;
                ux += gi * v;
                uy += gj * v;
                autocorrelation += gi * gj * v;
                contrast += (gi - gj) * (gi - gj) * v;
                energy += v * v;
                hxy -= v * Math.Log2(v + Eps);
                if (v > maximum) maximum = v;
                sum[i + j + 2] += v;
                diff[Math.Abs(i - j)] += v;
            }

        double varX = 0, varY = 0, covariance = 0, shade = 0, prominence = 0, tendency = 0, hxy1 = 0;
        for (var i = 0; i < ng; i++)
            for (var j = 0; j < ng; j++)
            {
                var v = p[i * ng + j];
                if (v == 0) continue;
                double dx = i + 1 - ux, dy = j + 1 - uy, s = dx + dy, s2 = s * s;
                varX += dx * dx * v;
                varY += dy * dy * v;
                covariance += dx * dy * v;
                tendency += s2 * v;
                shade += s2 * s * v;
                prominence += s2 * s2 * v;
                hxy1 -= v * Math.Log2(px[i] * py[j] + Eps);
            }

        double hx = 0, hy = 0, hxy2 = 0;
        for (var i = 0; i < ng; i++)
        {
            hx -= px[i] * Math.Log2(px[i] + Eps);
            hy -= py[i] * Math.Log2(py[i] + Eps);
            if (px[i] == 0) continue;
            for (var j = 0; j < ng; j++)
            {
                var q = px[i] * py[j];
                hxy2 -= q * Math.Log2(q + Eps);
            }
        }

        double differenceAverage = 0, differenceEntropy = 0, idm = 0, idmn = 0, id = 0, idn = 0, inverseVariance = 0;
        for (var k = 0; k < ng; k++)
        {
            var v = diff[k];
            differenceAverage += k * v;
            differenceEntropy -= v * Math.Log2(v + Eps);
            idm += v / (1.0 + k * k);
            idmn += v / (1.0 + (double)k * k / ((double)ng * ng));
            id += v / (1.0 + k);
            idn += v / (1.0 + (double)k / ng);
            if (k > 0) inverseVariance += v / ((double)k * k);
        }

        double differenceVariance = 0;
        for (var k = 0; k < ng; k++) differenceVariance += (k - differenceAverage) * (k - differenceAverage) * diff[k];

        double sumAverage = 0, sumEntropy = 0;
        for (var k = 2; k <= 2 * ng; k++)
        {
            sumAverage += k * sum[k];
            sumEntropy -= sum[k] * Math.Log2(sum[k] + Eps);
        }

        var sigma = Math.Sqrt(varX) * Math.Sqrt(varY);
        var entropyScale = Math.Max(hx, hy);

        result[0] = autocorrelation;
        result[1] = ux;
        result[2] = prominence;
        result[3] = shade;
        result[4] = tendency;
        result[5] = contrast;
        result[6] = sigma == 0 ? 1 : covariance / sigma; // pyradiomics: a flat matrix correlates perfectly
        result[7] = differenceAverage;
        result[8] = differenceEntropy;
        result[9] = differenceVariance;
        result[10] = energy;
        result[11] = hxy;
        result[12] = entropyScale == 0 ? 0 : (hxy - hxy1) / entropyScale;
        result[13] = hxy2 == hxy ? 0 : Math.Sqrt(Math.Max(0, 1 - Math.Exp(-2 * (hxy2 - hxy))));
        result[14] = idm;
        result[15] = idmn;
        result[16] = id;
        result[17] = idn;
        result[18] = inverseVariance;
        result[19] = maximum;
        result[20] = sumAverage;
        result[21] = sumEntropy;
        result[22] = varX;
        result[23] = MaximalCorrelationCoefficient(p, ng, px, py);
    }

    /// <summary>
    /// The square root of the second largest eigenvalue of Q(i, j) = sum_k p(i, k) p(j, k) / (px(i) py(k)), over the
    /// grey levels present. Q = D^-1 M with M symmetric and D = diag(px), so it shares its eigenvalues with the
    /// symmetric D^-1/2 M D^-1/2, which a symmetric eigensolver handles exactly.
    /// </summary>
    private static double MaximalCorrelationCoefficient(ReadOnlySpan<double> p, int ng, ReadOnlySpan<double> px, ReadOnlySpan<double> py)
    {
        var present = new List<int>(ng);
        for (var i = 0; i < ng; i++)
            if (px[i] > 0) present.Add(i);
        if (present.Count == 1) return 1; // pyradiomics' value for a single grey level

        var m = Matrix<double>.Build.Dense(present.Count, present.Count);
        for (var a = 0; a < present.Count; a++)
            for (var b = a; b < present.Count; b++)
            {
                int i = present[a], j = present[b];
                double q = 0;
                for (var k = 0; k < ng; k++)
                    if (py[k] > 0) q += p[i * ng + k] * p[j * ng + k] / py[k];
                q /= Math.Sqrt(px[i] * px[j]);
                m[a, b] = q;
                m[b, a] = q;
            }

        var eigenvalues = m.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).Order().ToArray();
        return Math.Sqrt(Math.Max(0, eigenvalues[^2]));
    }
}
