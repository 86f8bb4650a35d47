using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Radiomics.Resampling;

/// <summary>
/// Resamples an image and its mask to a new voxel spacing the way pyradiomics' <c>resampleImage</c> does: the new grid
/// shares the mask grid's corner (so its origin moves by half the change in spacing) and axes, spans
/// <c>ceil(size * old / new)</c> voxels per axis, and is cropped to the mask's bounding box plus 5 new voxels; axes the
/// mask spans in one slice keep their spacing. The image is interpolated by a cubic B-spline (pyradiomics' default) or
/// linearly, the mask by nearest neighbour; points outside the input read 0, as in SimpleITK. Each keeps its pixel type,
/// as pyradiomics asks of SimpleITK: the image stays float, the mask bytes.
/// </summary>
public static class RegionResampler
{
    /// <summary>pyradiomics' <c>padDistance</c>: new voxels kept around the mask's bounding box.</summary>
    private const int PadDistance = 5;

    public static ResampledRegion Resample(Volume3D<float> image, Volume3D<byte> mask, VoxelSpacing spacing,
        ImageInterpolator interpolator = ImageInterpolator.BSpline)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        double[] wanted = [spacing.X, spacing.Y, spacing.Z];
        for (var a = 0; a < 3; a++)
            if (!(wanted[a] >= 0) || double.IsInfinity(wanted[a]))
                throw new ArgumentOutOfRangeException(nameof(spacing), spacing,
                    $"resampled spacing {"XYZ"[a]} is {wanted[a]}; expected a finite spacing in mm, or 0 to keep the current one");

        var g = mask.Geometry;
        var (boxStart, boxSize) = MaskBox(mask);
        double[] old = [g.SpacingX, g.SpacingY, g.SpacingZ];
        int[] size = [g.SizeX, g.SizeY, g.SizeZ];
        var target = new double[3];
        for (var a = 0; a < 3; a++) target[a] = wanted[a] == 0 || boxSize[a] == 1 ? old[a] : wanted[a];

        var ig = image.Geometry;
        double[] imageSpacing = [ig.SpacingX, ig.SpacingY, ig.SpacingZ];
        if (Enumerable.Range(0, 3).All(a => Close(old[a], target[a]) && Close(imageSpacing[a], target[a]))) return new(image, mask);

        var newSize = new int[3];
        var originIndex = new double[3];
        for (var a = 0; a < 3; a++)
        {
            var ratio = old[a] / target[a];
            var lower = Math.Max(0, Math.Floor((boxStart[a] - 0.5) * ratio - PadDistance));
            var upper = Math.Min(Math.Ceiling(size[a] * ratio) - 1, Math.Ceiling((boxStart[a] + boxSize[a] - 0.5) * ratio + PadDistance));
            newSize[a] = (int)(upper - lower + 1);
            // The first new centre sits half a new voxel inside the old grid's corner, then moves to the crop's start.
            originIndex[a] = 0.5 * (target[a] - old[a]) / old[a] + lower / ratio;
        }

        var geometry = new VolumeGeometry(newSize[0], newSize[1], newSize[2],
            g.IndexToPatient(originIndex[0], originIndex[1], originIndex[2]), target[0], target[1], target[2], g.AxisX, g.AxisY, g.AxisZ);
        var resampled = interpolator switch
        {
            ImageInterpolator.BSpline => VoxelSampling.BSpline(image, geometry),
            ImageInterpolator.Linear => VoxelSampling.Linear(image, geometry),
            _ => throw new ArgumentOutOfRangeException(nameof(interpolator), interpolator, "expected BSpline or Linear"),
        };
        return new(resampled, VoxelSampling.Nearest(mask, geometry));
    }

    /// <summary>numpy.allclose's tolerance, which pyradiomics uses to decide that no resampling is needed.</summary>
    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-8 + 1e-5 * Math.Abs(b);

    private static (int[] Start, int[] Size) MaskBox(Volume3D<byte> mask)
    {
        int[] min = [int.MaxValue, int.MaxValue, int.MaxValue], max = [-1, -1, -1];
        var voxels = mask.Voxels;
        for (var z = 0; z < mask.SizeZ; z++)
            for (var y = 0; y < mask.SizeY; y++)
            {
                var row = mask.SizeX * (y + mask.SizeY * z);
                for (var x = 0; x < mask.SizeX; x++)
                {
                    if (voxels[row + x] == 0) continue;
                    min[0] = Math.Min(min[0], x); max[0] = Math.Max(max[0], x);
                    min[1] = Math.Min(min[1], y); max[1] = Math.Max(max[1], y);
                    min[2] = Math.Min(min[2], z); max[2] = Math.Max(max[2], z);
                }
            }

        if (max[0] < 0) throw new ArgumentException("the mask selects no voxels", nameof(mask));
        return (min, [max[0] - min[0] + 1, max[1] - min[1] + 1, max[2] - min[2] + 1]);
    }
}
