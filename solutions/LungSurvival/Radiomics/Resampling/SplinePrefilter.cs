namespace Solutions.LungSurvival.Radiomics.Resampling;

/// <summary>
/// Turns samples into cubic B-spline coefficients, the way ITK's <c>BSplineDecompositionImageFilter</c> does: along each
/// axis, the gain 6 and then one causal and one anti-causal recursive pass with the pole <c>z = sqrt(3) - 2</c>, the
/// lines mirrored about their end samples (whole-sample symmetric: d c b | a b c d | c b a). O(N) in the voxels.
/// </summary>
internal static class SplinePrefilter
{
    /// <summary>The pole of the cubic B-spline's inverse filter.</summary>
    public static readonly double Pole = Math.Sqrt(3.0) - 2.0;

    // ITK's default tolerance 1e-10 sets how many terms start the causal pass on lines long enough to cut it short.
    private static readonly int Horizon = (int)Math.Ceiling(Math.Log(1e-10) / Math.Log(Math.Abs(Pole)));

    /// <summary>The coefficients of a volume stored x fastest, in place, axis by axis.</summary>
    public static void Decompose(double[] values, int sizeX, int sizeY, int sizeZ)
    {
        for (var line = 0; line < sizeY * sizeZ; line++) Decompose(values.AsSpan(line * sizeX, sizeX));

        var scratch = new double[Math.Max(sizeY, sizeZ)];
        for (var z = 0; z < sizeZ; z++)
            for (var x = 0; x < sizeX; x++) Strided(values, x + sizeX * sizeY * z, sizeX, scratch.AsSpan(0, sizeY));
        for (var y = 0; y < sizeY; y++)
            for (var x = 0; x < sizeX; x++) Strided(values, x + sizeX * y, sizeX * sizeY, scratch.AsSpan(0, sizeZ));
    }

    /// <summary>The coefficients of one line, in place; a single sample is its own coefficient.</summary>
    public static void Decompose(Span<double> c)
    {
        var n = c.Length;
        if (n == 1) return;
        var z = Pole;
        var gain = (1.0 - z) * (1.0 - 1.0 / z);
        for (var i = 0; i < n; i++) c[i] *= gain;

        c[0] = InitialCausal(c, z);
        for (var i = 1; i < n; i++) c[i] += z * c[i - 1];
        c[n - 1] = z / (z * z - 1.0) * (z * c[n - 2] + c[n - 1]);
        for (var i = n - 2; i >= 0; i--) c[i] = z * (c[i + 1] - c[i]);
    }

    /// <summary>The causal pass's first value on the mirrored line: a truncated sum on long lines, exact on short ones, as ITK does.</summary>
    private static double InitialCausal(ReadOnlySpan<double> c, double z)
    {
        var n = c.Length;
        var zn = z;
        double sum;
        if (Horizon < n)
        {
            sum = c[0];
            for (var i = 1; i < Horizon; i++)
            {
                sum += zn * c[i];
                zn *= z;
            }

            return sum;
        }

        var iz = 1.0 / z;
        var z2n = Math.Pow(z, n - 1);
        sum = c[0] + z2n * c[n - 1];
        z2n *= z2n * iz;
        for (var i = 1; i <= n - 2; i++)
        {
            sum += (zn + z2n) * c[i];
            zn *= z;
            z2n *= iz;
        }

        return sum / (1.0 - zn * zn);
    }

    private static void Strided(double[] values, int start, int stride, Span<double> line)
    {
        for (var i = 0; i < line.Length; i++) line[i] = values[start + i * stride];
        Decompose(line);
        for (var i = 0; i < line.Length; i++) values[start + i * stride] = line[i];
    }
}
