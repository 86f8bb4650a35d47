namespace Solutions.LungSurvival.Imaging.Volumes;

/// <summary>
/// A 3-D voxel array on a <see cref="VolumeGeometry"/>: <c>float</c> for CT in Hounsfield units, <c>byte</c> for
/// masks, <c>short</c> where compactness matters. Voxels are stored x fastest, then y, then z (NIfTI's order).
/// </summary>
public sealed class Volume3D<T> where T : unmanaged
{
    public Volume3D(VolumeGeometry geometry)
        : this(geometry, new T[checked((int)geometry.VoxelCount)])
    {
    }

    public Volume3D(VolumeGeometry geometry, T[] voxels)
    {
        if (geometry.SizeX <= 0 || geometry.SizeY <= 0 || geometry.SizeZ <= 0)
            throw new ArgumentException($"volume size {geometry.SizeX} x {geometry.SizeY} x {geometry.SizeZ} must be positive");
        if (voxels.Length != geometry.VoxelCount)
            throw new ArgumentException($"{voxels.Length} voxels for a {geometry.SizeX} x {geometry.SizeY} x {geometry.SizeZ} grid");
        Geometry = geometry;
        Voxels = voxels;
    }

    public VolumeGeometry Geometry { get; }

    /// <summary>The voxels, index <c>x + SizeX * (y + SizeY * z)</c>.</summary>
    public T[] Voxels { get; }

    public int SizeX => Geometry.SizeX;

    public int SizeY => Geometry.SizeY;

    public int SizeZ => Geometry.SizeZ;

    public ref T this[int x, int y, int z] => ref Voxels[Index(x, y, z)];

    public int Index(int x, int y, int z)
    {
        if ((uint)x >= (uint)SizeX || (uint)y >= (uint)SizeY || (uint)z >= (uint)SizeZ)
            throw new ArgumentOutOfRangeException(nameof(x), $"voxel ({x}, {y}, {z}) is outside {SizeX} x {SizeY} x {SizeZ}");
        return x + SizeX * (y + SizeY * z);
    }

    /// <summary>The voxels of slice <paramref name="z"/>, row by row.</summary>
    public Span<T> Slice(int z)
    {
        var size = SizeX * SizeY;
        if ((uint)z >= (uint)SizeZ) throw new ArgumentOutOfRangeException(nameof(z), $"slice {z} of {SizeZ}");
        return Voxels.AsSpan(z * size, size);
    }
}
