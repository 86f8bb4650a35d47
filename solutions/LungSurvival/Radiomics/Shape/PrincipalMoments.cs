using MathNet.Numerics.LinearAlgebra;

namespace Solutions.LungSurvival.Radiomics.Shape;

/// <summary>
/// Eigenvalues of the covariance of voxel-centre positions in mm, normalised by N as pyradiomics does (IBSI divides
/// by N - 1, which makes its axis lengths slightly longer: 11.4 against 11.3 on the IBSI phantom). An axis length is
/// 4 sqrt(eigenvalue), the full axis of the ellipsoid with the same second moments.
/// </summary>
internal static class PrincipalMoments
{
    /// <summary>
    /// Eigenvalues from smallest to largest of the covariance of points given flat, <paramref name="dimensions"/>
    /// coordinates per point.
    /// </summary>
    public static double[] Ascending(ReadOnlySpan<double> coordinates, int dimensions)
    {
        var count = coordinates.Length / dimensions;
        var mean = new double[dimensions];
        for (var i = 0; i < coordinates.Length; i++) mean[i % dimensions] += coordinates[i];
        for (var d = 0; d < dimensions; d++) mean[d] /= count;

        var covariance = new double[dimensions, dimensions];
        for (var start = 0; start < coordinates.Length; start += dimensions)
            for (var a = 0; a < dimensions; a++)
                for (var b = a; b < dimensions; b++)
                    covariance[a, b] += (coordinates[start + a] - mean[a]) * (coordinates[start + b] - mean[b]);
        for (var a = 0; a < dimensions; a++)
            for (var b = a; b < dimensions; b++)
            {
                covariance[a, b] /= count;
                covariance[b, a] = covariance[a, b];
            }

        var values = Matrix<double>.Build.DenseOfArray(covariance).Evd(Symmetricity.Symmetric).EigenValues
            .Select(v => v.Real).ToArray();
        Array.Sort(values);
        // A flat region's zero eigenvalue can come out as -1e-17; it is zero, as pyradiomics rounds it too.
        for (var i = 0; i < values.Length; i++) values[i] = Math.Max(values[i], 0);
        return values;
    }

    /// <summary>4 sqrt(eigenvalue).</summary>
    public static double AxisLength(double eigenvalue) => 4 * Math.Sqrt(eigenvalue);

    /// <summary>sqrt(smaller / larger); NaN when both are zero (a single voxel), where pyradiomics divides 0 by 0 too.</summary>
    public static double Ratio(double smaller, double larger) => larger == 0 ? double.NaN : Math.Sqrt(smaller / larger);
}
