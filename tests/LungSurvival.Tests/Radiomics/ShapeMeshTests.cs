using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Radiomics.Shape;

namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>The marching-cubes mesh is closed and faces outward, whatever the mask.</summary>
public sealed class ShapeMeshTests
{
    [Theory]
    [InlineData(0.3, 1)]
    [InlineData(0.5, 2)]
    [InlineData(0.7, 3)]
    public void Random_masks_give_closed_outward_meshes(double density, int seed)
    {
        // 12^3 random voxels give 13^3 cubes, so each of the 256 corner patterns (ambiguous faces included) is
        // expected about 8 times at density 1/2.
        var mask = ShapeMasks.Random(12, density, seed);
        var mesh = Mesh(mask, 1, 1, 1);

        // Closed and consistently oriented: every directed edge is used once, and its reverse once.
        var directed = new HashSet<(int, int)>();
        var t = mesh.Triangles;
        for (var i = 0; i < t.Length; i += 3)
            for (var k = 0; k < 3; k++)
                Assert.True(directed.Add((t[i + k], t[i + (k + 1) % 3])), $"edge {t[i + k]}->{t[i + (k + 1) % 3]} is used twice");
        foreach (var (a, b) in directed) Assert.Contains((b, a), directed);
        Assert.True(mesh.Volume() > 0, "outward normals give a positive volume");
    }

    [Fact]
    public void The_volume_of_a_closed_mesh_does_not_depend_on_where_it_lies()
    {
        // Signed tetrahedra from the origin sum to the enclosed volume only when the mesh is closed; shift the same
        // random mask within a larger grid and the volume must not move.
        var small = ShapeMasks.Random(6, 0.5, 7);
        var shifted = ShapeMasks.Empty(9, 9, 9);
        for (var z = 0; z < 6; z++)
            for (var y = 0; y < 6; y++)
                for (var x = 0; x < 6; x++)
                    shifted[x + 3, y + 2, z + 1] = small[x, y, z];
        var expected = Mesh(small, 1, 1, 1).Volume();
        Assert.Equal(expected, ShapeMasks.Extract(shifted).Shape.MeshVolume, 9);
        Assert.Equal(expected, ShapeMasks.Extract(small).Shape.MeshVolume, 9);
    }

    [Fact]
    public void Every_case_meets_exactly_its_crossed_edges()
    {
        // Within one cube every edge point the triangles touch is on the surface; each case's triangles meet each
        // crossed edge, and only crossed edges (one corner inside, one outside).
        for (var pattern = 0; pattern < 256; pattern++)
        {
            var crossed = Enumerable.Range(0, 12)
                .Where(e => (pattern >> CubeCases.Edges[e].A & 1) != (pattern >> CubeCases.Edges[e].B & 1)).ToHashSet();
            Assert.True(crossed.SetEquals(CubeCases.Triangles[pattern]), $"case {pattern} uses the wrong edges");
        }
    }

    private static SurfaceMesh Mesh(Volume3D<byte> mask, double sx, double sy, double sz)
    {
        var grid = mask.Voxels.Select(v => (int)v).ToArray();
        return MarchingCubes.Mesh(grid, mask.SizeX, mask.SizeY, mask.SizeZ, sx, sy, sz);
    }
}
