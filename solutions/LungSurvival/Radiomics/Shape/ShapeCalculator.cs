namespace Solutions.LungSurvival.Radiomics.Shape;

/// <summary>Computes <see cref="ShapeFeatures"/> with pyradiomics' definitions.</summary>
internal static class ShapeCalculator
{
    public static ShapeFeatures Compute(MaskedRegion region)
    {
        var (sx, sy, sz) = region.Spacing;
        var mesh = MarchingCubes.Mesh(region.LevelGrid, region.SizeX, region.SizeY, region.SizeZ, sx, sy, sz);
        var volume = mesh.Volume();
        var area = mesh.Area();
        var diameters = MeshDiameters.Measure(mesh);
        var moments = PrincipalMoments.Ascending(VoxelCentres(region), 3);

        return new ShapeFeatures(
            MeshVolume: volume,
            VoxelVolume: region.Values.Length * region.VoxelVolume,
            SurfaceArea: area,
            SurfaceVolumeRatio: area / volume,
            // The surface area of the sphere with this volume over the mesh's: 1 for a sphere, less otherwise.
            Sphericity: Math.Cbrt(36 * Math.PI * volume * volume) / area,
            Maximum3DDiameter: diameters.Maximum3D,
            Maximum2DDiameterSlice: diameters.Slice,
            Maximum2DDiameterColumn: diameters.Column,
            Maximum2DDiameterRow: diameters.Row,
            MajorAxisLength: PrincipalMoments.AxisLength(moments[2]),
            MinorAxisLength: PrincipalMoments.AxisLength(moments[1]),
            LeastAxisLength: PrincipalMoments.AxisLength(moments[0]),
            Elongation: PrincipalMoments.Ratio(moments[1], moments[2]),
            Flatness: PrincipalMoments.Ratio(moments[0], moments[2]));
    }

    /// <summary>Voxel centres in mm (x, y, z per voxel), relative to the bounding box.</summary>
    private static double[] VoxelCentres(MaskedRegion region)
    {
        var (sx, sy, sz) = region.Spacing;
        var centres = new double[3 * region.Values.Length];
        var n = 0;
        var grid = region.LevelGrid;
        for (var z = 0; z < region.SizeZ; z++)
            for (var y = 0; y < region.SizeY; y++)
                for (var x = 0; x < region.SizeX; x++)
                {
                    if (grid[x + region.SizeX * (y + region.SizeY * z)] == 0) continue;
                    centres[n++] = x * sx;
                    centres[n++] = y * sy;
                    centres[n++] = z * sz;
                }

        return centres;
    }
}
