using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Radiomics;

namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>Generated masks for the shape tests, with the image set to 1 wherever it does not matter.</summary>
internal static class ShapeMasks
{
    public static Volume3D<byte> Empty(int sizeX, int sizeY, int sizeZ, double spacingX = 1, double spacingY = 1, double spacingZ = 1) =>
        new(new VolumeGeometry(sizeX, sizeY, sizeZ, new Vector3D(0, 0, 0), spacingX, spacingY, spacingZ,
            new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1)));

    /// <summary>A box of a x b x c voxels filling its grid.</summary>
    public static Volume3D<byte> Box(int a, int b, int c, double spacingX = 1, double spacingY = 1, double spacingZ = 1)
    {
        var mask = Empty(a, b, c, spacingX, spacingY, spacingZ);
        mask.Voxels.AsSpan().Fill(1);
        return mask;
    }

    /// <summary>The voxels whose centres lie within <paramref name="radius"/> voxels of the grid's central voxel.</summary>
    public static Volume3D<byte> Ball(double radius)
    {
        var size = 2 * (int)Math.Ceiling(radius) + 3;
        var centre = size / 2;
        var mask = Empty(size, size, size);
        for (var z = 0; z < size; z++)
            for (var y = 0; y < size; y++)
                for (var x = 0; x < size; x++)
                {
                    double dx = x - centre, dy = y - centre, dz = z - centre;
                    if (dx * dx + dy * dy + dz * dz <= radius * radius) mask[x, y, z] = 1;
                }

        return mask;
    }

    /// <summary>Each voxel in the mask with probability <paramref name="density"/>, from a seeded generator.</summary>
    public static Volume3D<byte> Random(int size, double density, int seed)
    {
        var random = new Random(seed);
        var mask = Empty(size, size, size);
        for (var i = 0; i < mask.Voxels.Length; i++) mask.Voxels[i] = random.NextDouble() < density ? (byte)1 : (byte)0;
        return mask;
    }

    public static RadiomicsFeatures Extract(Volume3D<byte> mask)
    {
        var image = new Volume3D<float>(mask.Geometry);
        image.Voxels.AsSpan().Fill(1);
        return new RadiomicsExtractor().Extract(image, mask);
    }
}
