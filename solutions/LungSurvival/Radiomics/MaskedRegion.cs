using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Radiomics.Discretisation;

namespace Solutions.LungSurvival.Radiomics;

/// <summary>
/// The voxels inside a mask, prepared once for every feature class: their intensities, their grey levels, and a
/// grid of grey levels over the mask's bounding box (0 outside the mask) for the texture matrices.
/// </summary>
internal sealed class MaskedRegion
{
    private MaskedRegion(double[] values, int[] levels, int levelCount, int[] levelGrid, int sizeX, int sizeY, int sizeZ,
        double voxelVolume)
    {
        Values = values;
        Levels = levels;
        LevelCount = levelCount;
        LevelGrid = levelGrid;
        SizeX = sizeX;
        SizeY = sizeY;
        SizeZ = sizeZ;
        VoxelVolume = voxelVolume;
    }

    /// <summary>Intensities of the masked voxels, in storage order.</summary>
    public double[] Values { get; }

    /// <summary>Grey level (1..LevelCount) of each masked voxel, parallel to <see cref="Values"/>.</summary>
    public int[] Levels { get; }

    /// <summary>The highest grey level, pyradiomics' N_g.</summary>
    public int LevelCount { get; }

    /// <summary>Grey levels over the bounding box, index <c>x + SizeX * (y + SizeY * z)</c>; 0 marks voxels outside the mask.</summary>
    public int[] LevelGrid { get; }

    public int SizeX { get; }

    public int SizeY { get; }

    public int SizeZ { get; }

    /// <summary>One voxel's volume in mm^3.</summary>
    public double VoxelVolume { get; }

    /// <summary>Voxel spacing in mm along x, y and z (the shape features need each axis).</summary>
    public (double X, double Y, double Z) Spacing { get; private init; }

    /// <summary>The image index of the bounding box's first voxel (<see cref="LevelGrid"/>'s index 0).</summary>
    public (int X, int Y, int Z) BoxOrigin { get; private init; }

    public static MaskedRegion Create(Volume3D<float> image, Volume3D<byte> mask, GreyLevelDiscretisation discretisation)
    {
        if (image.SizeX != mask.SizeX || image.SizeY != mask.SizeY || image.SizeZ != mask.SizeZ)
            throw new ArgumentException(
                $"mask grid {mask.SizeX} x {mask.SizeY} x {mask.SizeZ} does not match image grid {image.SizeX} x {image.SizeY} x {image.SizeZ}",
                nameof(mask));

        int minX = int.MaxValue, minY = int.MaxValue, minZ = int.MaxValue, maxX = -1, maxY = -1, maxZ = -1, count = 0;
        var maskVoxels = mask.Voxels;
        for (var z = 0; z < image.SizeZ; z++)
            for (var y = 0; y < image.SizeY; y++)
            {
                var row = image.SizeX * (y + image.SizeY * z);
                for (var x = 0; x < image.SizeX; x++)
                {
                    if (maskVoxels[row + x] == 0) continue;
                    count++;
                    minX = Math.Min(minX, x); maxX = Math.Max(maxX, x);
                    minY = Math.Min(minY, y); maxY = Math.Max(maxY, y);
                    minZ = Math.Min(minZ, z); maxZ = Math.Max(maxZ, z);
                }
            }

        if (count == 0) throw new ArgumentException("the mask selects no voxels", nameof(mask));

        var values = new double[count];
        var n = 0;
        var imageVoxels = image.Voxels;
        for (var i = 0; i < maskVoxels.Length; i++)
        {
            if (maskVoxels[i] == 0) continue;
            var v = imageVoxels[i];
            if (!float.IsFinite(v))
            {
                var (x, y, z) = (i % image.SizeX, i / image.SizeX % image.SizeY, i / (image.SizeX * image.SizeY));
                throw new ArgumentException($"image voxel ({x}, {y}, {z}) inside the mask is {v}; expected a finite intensity", nameof(image));
            }

            values[n++] = v;
        }

        var levels = new int[count];
        var levelCount = discretisation.Apply(values, levels);

        int sx = maxX - minX + 1, sy = maxY - minY + 1, sz = maxZ - minZ + 1;
        var grid = new int[sx * sy * sz];
        n = 0;
        for (var z = minZ; z <= maxZ; z++)
            for (var y = minY; y <= maxY; y++)
            {
                var row = image.SizeX * (y + image.SizeY * z);
                var boxRow = sx * (y - minY + sy * (z - minZ));
                for (var x = minX; x <= maxX; x++)
                    if (maskVoxels[row + x] != 0) grid[boxRow + x - minX] = levels[n++];
            }

        var g = image.Geometry;
        return new MaskedRegion(values, levels, levelCount, grid, sx, sy, sz, g.SpacingX * g.SpacingY * g.SpacingZ)
        {
            Spacing = (g.SpacingX, g.SpacingY, g.SpacingZ),
            BoxOrigin = (minX, minY, minZ),
        };
    }
}
