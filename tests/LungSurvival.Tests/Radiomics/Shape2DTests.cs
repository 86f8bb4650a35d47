using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Radiomics.Shape2D;

namespace Solutions.LungSurvival.Tests.Radiomics;

/// <summary>
/// 2-D shape features on the largest axial slice, worked by hand. The contour joins the midpoints between inside
/// and outside pixels, so a pixel's corner is cut by a segment from half-way along one side to half-way along the next.
/// </summary>
public sealed class Shape2DTests
{
    private static Shape2DFeatures Shape2D(Volume3D<byte> mask) => ShapeMasks.Extract(mask).Shape2D;

    [Fact]
    public void A_single_pixel_is_a_diamond()
    {
        // Vertices (+-1/2, 0), (0, +-1/2): area 1/2, four sides of sqrt(1/2).
        var shape = Shape2D(ShapeMasks.Box(1, 1, 1));
        Assert.Equal(0.5, shape.MeshSurface, 12);
        Assert.Equal(1, shape.PixelSurface, 12);
        Assert.Equal(4 * Math.Sqrt(0.5), shape.Perimeter, 12);
        Assert.Equal(2 * Math.Sqrt(Math.PI * 0.5) / (4 * Math.Sqrt(0.5)), shape.Sphericity, 12);
        Assert.Equal(1, shape.MaximumDiameter, 12);
        Assert.Equal(0, shape.MajorAxisLength, 12);
        Assert.True(double.IsNaN(shape.Elongation), "0/0, as pyradiomics reports it");
    }

    [Fact]
    public void A_rectangle_on_anisotropic_pixels()
    {
        // 3 x 2 pixels of 2 x 3 mm. In pixels the contour is the box [-1/2, 5/2] x [-1/2, 3/2] less four corner
        // triangles of legs 1/2: 6 - 4/8 = 5.5 pixels = 33 mm^2. Sides: 2 x 2 pixels along x (4 mm each), 2 x 1 along y
        // (3 mm each), and four diagonals of sqrt(1^2 + 1.5^2) mm.
        var shape = Shape2D(ShapeMasks.Box(3, 2, 1, 2, 3, 5));
        Assert.Equal(33, shape.MeshSurface, 12);
        Assert.Equal(36, shape.PixelSurface, 12);
        Assert.Equal(2 * 4 + 2 * 3 + 4 * Math.Sqrt(3.25), shape.Perimeter, 12);
        Assert.Equal(shape.Perimeter / 33, shape.PerimeterSurfaceRatio, 12);
        // Farthest vertices: (0, -1/2) and (2, 3/2) in pixels, i.e. 4 mm by 6 mm.
        Assert.Equal(Math.Sqrt(52), shape.MaximumDiameter, 12);
        // Centres x in {0, 2, 4} mm: variance 8/3; y in {0, 3}: 9/4.
        Assert.Equal(4 * Math.Sqrt(8.0 / 3), shape.MajorAxisLength, 12);
        Assert.Equal(6, shape.MinorAxisLength, 12);
        Assert.Equal(Math.Sqrt(2.25 / (8.0 / 3)), shape.Elongation, 12);
    }

    [Fact]
    public void Diagonal_pixels_stay_apart_and_a_hole_is_subtracted()
    {
        // Two diagonal pixels are two diamonds: area 2 x 1/2.
        var diagonal = ShapeMasks.Empty(2, 2, 1);
        diagonal[0, 0, 0] = 1;
        diagonal[1, 1, 0] = 1;
        var apart = Shape2D(diagonal);
        Assert.Equal(1, apart.MeshSurface, 12);
        Assert.Equal(8 * Math.Sqrt(0.5), apart.Perimeter, 12);

        // A 3 x 3 ring: the outer contour encloses 9 - 4/8 = 8.5, the hole is a diamond of 1/2 traced the other way.
        var ring = ShapeMasks.Box(3, 3, 1);
        ring[1, 1, 0] = 0;
        var shape = Shape2D(ring);
        Assert.Equal(8, shape.MeshSurface, 12);
        Assert.Equal(8, shape.PixelSurface, 12);
        Assert.Equal(4 * 2 + 4 * Math.Sqrt(0.5) + 4 * Math.Sqrt(0.5), shape.Perimeter, 12);
    }

    [Fact]
    public void Uses_the_slice_with_the_most_pixels()
    {
        // Slices 2, 3, 4 of the image hold 1, 3 and 2 pixels: slice 3 is the largest.
        var mask = ShapeMasks.Empty(3, 1, 6);
        mask[0, 0, 2] = 1;
        mask[0, 0, 3] = mask[1, 0, 3] = mask[2, 0, 3] = 1;
        mask[0, 0, 4] = mask[1, 0, 4] = 1;
        var shape = Shape2D(mask);
        Assert.Equal(3, shape.Slice);
        Assert.Equal(3, shape.PixelSurface, 12);
        // A row of three: the box [-1/2, 5/2] x [-1/2, 1/2] less four corners of 1/8.
        Assert.Equal(2.5, shape.MeshSurface, 12);
    }

    [Fact]
    public void A_disc_approaches_the_circle()
    {
        var shape = ShapeMasks.Extract(ShapeMasks.Ball(20)).Shape2D;
        Assert.InRange(shape.MeshSurface / (Math.PI * 400), 0.99, 1.01);
        // Midpoint contours zig-zag on oblique edges, as in 3-D: the perimeter is several percent long.
        Assert.InRange(shape.Perimeter / (2 * Math.PI * 20), 1.0, 1.10);
        Assert.Equal(41, shape.MaximumDiameter, 9);
    }
}
