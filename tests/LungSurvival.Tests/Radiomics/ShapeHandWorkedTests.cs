namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>
/// Shape features of boxes of voxels, worked by hand cube by cube. The padded mask's marching cubes straddle the
/// box's voxel centres: a cube with all 8 corners inside holds volume 1; with a face of 4 inside, a slab 1/2 thick
/// (volume 1/2, a unit square of surface); with an edge of 2 inside, a prism of cross-section 1/8 (volume 1/8, a
/// 1 x sqrt(1/2) strip); with 1 corner inside, a tetrahedron of legs 1/2 (volume 1/48, an equilateral triangle of side
/// sqrt(1/2), area sqrt(3)/8). An a x b x c box has (a-1)(b-1)(c-1), 2[(a-1)(b-1) + (a-1)(c-1) + (b-1)(c-1)],
/// 4[(a-1) + (b-1) + (c-1)] and 8 of these cubes.
/// </summary>
public sealed class ShapeHandWorkedTests
{
    [Fact]
    public void A_single_voxel_is_an_octahedron()
    {
        // Eight corner cubes: volume 8/48 = 1/6 and area 8 sqrt(3)/8; the vertices lie 1/2 from the centre on each axis.
        var shape = ShapeMasks.Extract(ShapeMasks.Box(1, 1, 1)).Shape;
        Assert.Equal(1.0 / 6, shape.MeshVolume, 12);
        Assert.Equal(1, shape.VoxelVolume, 12);
        Assert.Equal(Math.Sqrt(3), shape.SurfaceArea, 12);
        Assert.Equal(Math.Sqrt(3) * 6, shape.SurfaceVolumeRatio, 10);
        // (36 pi / 36)^(1/3) / sqrt(3)
        Assert.Equal(Math.Cbrt(Math.PI) / Math.Sqrt(3), shape.Sphericity, 12);
        Assert.Equal(1, shape.Maximum3DDiameter, 12);
        Assert.Equal(1, shape.Maximum2DDiameterSlice, 12);
        Assert.Equal(0, shape.MajorAxisLength, 12);
        Assert.Equal(0, shape.LeastAxisLength, 12);
        Assert.True(double.IsNaN(shape.Elongation) && double.IsNaN(shape.Flatness), "0/0, as pyradiomics reports it");
    }

    [Fact]
    public void A_two_voxel_cube()
    {
        // 1 full cube + 6 slabs + 12 prisms + 8 tetrahedra = 1 + 3 + 3/2 + 1/6; area 6 + 12 sqrt(1/2) + sqrt(3).
        var shape = ShapeMasks.Extract(ShapeMasks.Box(2, 2, 2)).Shape;
        Assert.Equal(17.0 / 3, shape.MeshVolume, 12);
        Assert.Equal(8, shape.VoxelVolume, 12);
        Assert.Equal(6 + 6 * Math.Sqrt(2) + Math.Sqrt(3), shape.SurfaceArea, 12);
        // Centred on the cube, the vertices are (+-1, +-1/2, +-1/2) and permutations: farthest (-1, -1/2, -1/2) to
        // (1, 1/2, 1/2), sqrt(6); in a plane z = +-1/2, (-1, -1/2) to (1, 1/2), sqrt(5).
        Assert.Equal(Math.Sqrt(6), shape.Maximum3DDiameter, 12);
        Assert.Equal(Math.Sqrt(5), shape.Maximum2DDiameterSlice, 12);
        Assert.Equal(Math.Sqrt(5), shape.Maximum2DDiameterColumn, 12);
        Assert.Equal(Math.Sqrt(5), shape.Maximum2DDiameterRow, 12);
        // Centres at {0, 1} on each axis: variance 1/4 (divided by N), no covariance; 4 sqrt(1/4) = 2.
        Assert.Equal(2, shape.MajorAxisLength, 12);
        Assert.Equal(2, shape.MinorAxisLength, 12);
        Assert.Equal(2, shape.LeastAxisLength, 12);
        Assert.Equal(1, shape.Elongation, 12);
        Assert.Equal(1, shape.Flatness, 12);
    }

    [Fact]
    public void A_one_slice_mask_is_flat()
    {
        // 3 x 2 x 1: 4 slabs + 12 prisms (8 along x, 4 along y) + 8 tetrahedra = 2 + 3/2 + 1/6;
        // area 4 + 12 sqrt(1/2) + sqrt(3).
        var shape = ShapeMasks.Extract(ShapeMasks.Box(3, 2, 1)).Shape;
        Assert.Equal(11.0 / 3, shape.MeshVolume, 12);
        Assert.Equal(6, shape.VoxelVolume, 12);
        Assert.Equal(4 + 6 * Math.Sqrt(2) + Math.Sqrt(3), shape.SurfaceArea, 12);
        // Vertices at x = -1/2 and 5/2 on rows y = 0, 1: sqrt(3^2 + 1^2) across the slice; in the plane y = 0 the
        // x-extremes are 3 apart; in the plane x = 0, y runs from -1/2 to 3/2.
        Assert.Equal(Math.Sqrt(10), shape.Maximum3DDiameter, 12);
        Assert.Equal(Math.Sqrt(10), shape.Maximum2DDiameterSlice, 12);
        Assert.Equal(3, shape.Maximum2DDiameterColumn, 12);
        Assert.Equal(2, shape.Maximum2DDiameterRow, 12);
        // x in {0, 1, 2}: variance 2/3; y in {0, 1}: 1/4; z constant: 0.
        Assert.Equal(4 * Math.Sqrt(2.0 / 3), shape.MajorAxisLength, 12);
        Assert.Equal(2, shape.MinorAxisLength, 12);
        Assert.Equal(0, shape.LeastAxisLength, 12);
        Assert.Equal(Math.Sqrt(0.25 / (2.0 / 3)), shape.Elongation, 12);
        Assert.Equal(0, shape.Flatness, 12);
    }

    [Fact]
    public void Anisotropic_spacing_stretches_each_axis()
    {
        // The octahedron of one 2 x 3 x 4 mm voxel has half-axes 1, 1.5 and 2 mm: volume 4/3 * 1 * 1.5 * 2 = 4; each
        // face spans (1, 0, 0), (0, 1.5, 0), (0, 0, 2), area |(-1, 1.5, 0) x (-1, 0, 2)| / 2 = |(3, 2, 1.5)| / 2.
        var shape = ShapeMasks.Extract(ShapeMasks.Box(1, 1, 1, 2, 3, 4)).Shape;
        Assert.Equal(4, shape.MeshVolume, 12);
        Assert.Equal(24, shape.VoxelVolume, 12);
        Assert.Equal(8 * Math.Sqrt(9 + 4 + 2.25) / 2, shape.SurfaceArea, 12);
        Assert.Equal(4, shape.Maximum3DDiameter, 12);
        Assert.Equal(3, shape.Maximum2DDiameterSlice, 12); // the x-y plane: the y vertices, 2 x 1.5 apart
        Assert.Equal(4, shape.Maximum2DDiameterColumn, 12); // the x-z plane
        Assert.Equal(4, shape.Maximum2DDiameterRow, 12); // the y-z plane
    }

    [Fact]
    public void Anisotropic_spacing_scales_volumes_by_the_voxel_volume()
    {
        // Stretching the axes by 2, 3 and 4 multiplies every volume by 24 and each centre coordinate by its spacing.
        var unit = ShapeMasks.Extract(ShapeMasks.Box(3, 2, 1)).Shape;
        var stretched = ShapeMasks.Extract(ShapeMasks.Box(3, 2, 1, 2, 3, 4)).Shape;
        Assert.Equal(24 * unit.MeshVolume, stretched.MeshVolume, 10);
        Assert.Equal(24 * unit.VoxelVolume, stretched.VoxelVolume, 10);
        Assert.Equal(4 * Math.Sqrt(4 * 2.0 / 3), stretched.MajorAxisLength, 12); // x in {0, 2, 4}: variance 8/3
        Assert.Equal(6, stretched.MinorAxisLength, 12); // y in {0, 3}: variance 9/4
    }
}
