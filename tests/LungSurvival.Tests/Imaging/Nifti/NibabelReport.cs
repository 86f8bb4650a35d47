using System.Text.Json;
using Solutions.LungSurvival.Tests.Tools;

namespace Solutions.LungSurvival.Tests.Imaging.Nifti;

/// <summary>What nibabel says about a NIfTI file (Tools/nibabel_check.py).</summary>
internal sealed record NibabelReport(
    int[] Shape, string Dtype, double[][] Affine, double[][] Qform, double[][] Sform, int QformCode, int SformCode,
    double Qfac, string SpatialUnits, double VoxOffset, double[]? Voxels, double Sum, double Min, double Max, long NonZero)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static NibabelReport Read(string path) => Parse(ImagingTools.Run(ImagingTools.Python, ImagingTools.ScriptPath("nibabel_check.py"), "read", path));

    /// <summary>Has nibabel write a test image of <paramref name="kind"/> (see the script) and report on it.</summary>
    public static NibabelReport Write(string path, string kind) =>
        Parse(ImagingTools.Run(ImagingTools.Python, ImagingTools.ScriptPath("nibabel_check.py"), "write", path, kind));

    public static double[,] ToMatrix(double[][] rows)
    {
        var matrix = new double[4, 4];
        for (var row = 0; row < 4; row++)
        {
            for (var column = 0; column < 4; column++)
            {
                matrix[row, column] = rows[row][column];
            }
        }
        return matrix;
    }

    private static NibabelReport Parse(string json) =>
        JsonSerializer.Deserialize<NibabelReport>(json, Json) ?? throw new InvalidOperationException("nibabel_check.py printed no report");
}
