using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Resampling;

namespace Solutions.LungSurvival.Tests.Radiomics;

public sealed class ResamplingBSplineTests
{
    private static VolumeGeometry Grid(int sx, int sy, int sz, double spacing = 1) =>
        new(sx, sy, sz, new Vector3D(0, 0, 0), spacing, spacing, spacing, new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));

    private static Volume3D<float> Filled(VolumeGeometry geometry, Func<int, int, int, double> value)
    {
        var image = new Volume3D<float>(geometry);
        for (var k = 0; k < geometry.SizeZ; k++)
            for (var j = 0; j < geometry.SizeY; j++)
                for (var i = 0; i < geometry.SizeX; i++) image[i, j, k] = (float)value(i, j, k);
        return image;
    }

    private static Volume3D<float> Random(VolumeGeometry geometry, int seed)
    {
        var random = new Random(seed);
        return Filled(geometry, (_, _, _) => random.Next(-1000, 1000));
    }

    [Theory]
    [InlineData(7, 5, 4)] // lines shorter than ITK's horizon of 18: the exact mirrored start of the causal pass
    [InlineData(40, 3, 1)] // a line long enough for ITK's truncated start, and an axis of one voxel
    public void The_spline_passes_through_every_voxel(int sx, int sy, int sz)
    {
        var image = Random(Grid(sx, sy, sz), seed: 3);
        var spline = CubicBSplineImage.Of(image);

        for (var k = 0; k < sz; k++)
            for (var j = 0; j < sy; j++)
                for (var i = 0; i < sx; i++)
                    // ITK stops the causal start's sum at |z|^18 < 1e-10 of the line, so allow 1e-10 of the 1000 HU range.
                    Assert.Equal(image[i, j, k], spline.ValueAt(i, j, k), 1e-7);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Polynomials_up_to_cubic_are_reproduced_away_from_the_edges(int degree)
    {
        // Cubic splines contain every cubic, so the interpolating spline of one is the cubic itself; only the mirrored
        // edges differ, and their effect decays as 0.268^d: 15 voxels in, below 1e-8 of the intensities.
        double Polynomial(double x, double y, double z) => degree switch
        {
            1 => 3 * x - 2 * y + 0.5 * z + 7,
            2 => 0.25 * x * x - 0.5 * x * y + 0.75 * z * z - y + 4,
            _ => x * x * x / 64 - x * y * z / 32 + y * y * z / 16 - z * z * z / 32 + x - 2,
        };
        // Dyadic coefficients keep every voxel's value exact in float.
        var image = Filled(Grid(36, 36, 36), (i, j, k) => Polynomial(i, j, k));
        var spline = CubicBSplineImage.Of(image);

        foreach (var (x, y, z) in new[] { (16.3, 17.8, 18.5), (18.0, 15.25, 19.9), (19.7, 18.1, 16.45) })
            Assert.Equal(Polynomial(x, y, z), spline.ValueAt(x, y, z), 1e-6);
    }

    [Fact]
    public void Agrees_with_scipy_map_coordinates_of_order_3_in_mirror_mode()
    {
        // scipy documents mode='mirror' as "d c b | a b c d | c b a", reflecting about the edge voxel's centre: ITK's mirror
        // boundary for both the prefilter and the interpolation. Reference values from Debian's python3 with scipy 1.10.1:
        //   import numpy as np; from scipy import ndimage
        //   rng = np.random.default_rng(6)
        //   a = rng.integers(-1000, 1000, size=(4, 5, 6)).astype(np.float64)  # (z, y, x)
        //   print(",".join(str(int(v)) for v in a.ravel()))
        //   for x, y, z in [(2.3, 1.7, 1.4), (0.25, 3.6, 2.9), (-0.4, 0.1, -0.3), (5.45, 4.2, 3.35), (3.5, 2.5, 1.5)]:
        //       print(repr(ndimage.map_coordinates(a, [[z], [y], [x]], order=3, mode='mirror')[0]))
        float[] voxels =
        [
            -110, 76, 35, -314, 892, -262, 315, -252, -101, 974, -627, 265, -147, 348, 511, -341, 344, 359, -97, -755, 235,
            -897, 771, 700, 692, -983, 942, 957, 171, 654, 535, 570, -693, -904, -470, -586, 96, 699, 496, -136, 86, 254,
            539, -756, 556, -628, 149, -6, 714, 518, -662, 79, -905, -787, -57, 732, -569, -721, 895, -121, -763, 173, -346,
            -362, -145, -164, 627, 773, -484, -92, 344, 78, 135, 940, -541, -449, 519, 789, -173, -277, 567, -376, -48, 762,
            -228, -870, 36, 733, 661, 655, 545, 789, -381, -881, 425, -523, 405, 550, -37, -127, 88, -990, 778, 385, -966,
            599, 746, 947, -21, -699, -240, -497, 879, 682, -77, -817, -635, -452, 451, -97,
        ];
        var spline = CubicBSplineImage.Of(new Volume3D<float>(Grid(6, 5, 4), voxels));
        (double X, double Y, double Z, double Expected)[] points =
        [
            (2.3, 1.7, 1.4, -11.173056635837023),
            (0.25, 3.6, 2.9, -218.4673534951215),
            (-0.4, 0.1, -0.3, 101.70646185586229), // before the first voxel centre: indices -2 and -1 mirror to 2 and 1
            (5.45, 4.2, 3.35, 311.6536174488415), // past the last voxel centre on every axis
            (3.5, 2.5, 1.5, -571.6797540838074),
        ];

        foreach (var (x, y, z, expected) in points)
        {
            var actual = spline.ValueAt(x, y, z);
            Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Abs(expected), $"({x}, {y}, {z}): {actual:R}, scipy {expected:R}");
        }
    }

    [Fact]
    public void A_block_with_its_margin_gives_the_whole_image_spline()
    {
        // ITK prefilters the whole image; the resampler prefilters the voxels it needs plus a 30-voxel margin.
        var image = Random(Grid(90, 6, 5), seed: 8);
        var whole = CubicBSplineImage.Of(image);
        var block = CubicBSplineImage.Of(image, (44, 47), (0, 5), (0, 4));

        foreach (var x in new[] { 44.0, 44.6, 45.5, 46.99, 47.4 })
            Assert.Equal(whole.ValueAt(x, 2.3, 1.7), block.ValueAt(x, 2.3, 1.7), 1e-9);
    }

    [Fact]
    public void A_constant_image_stays_constant()
    {
        var geometry = Grid(12, 10, 8, 2);
        var mask = new Volume3D<byte>(geometry, [.. Enumerable.Repeat((byte)1, 960)]);

        var resampled = RegionResampler.Resample(Filled(geometry, (_, _, _) => 123.25), mask, new VoxelSpacing(0.7, 1.3, 0.9));

        // Centres past the old grid's outer half voxel read 0, as in SimpleITK; every other one is the constant.
        var inside = resampled.Image.Voxels.Where(v => v != 0).ToArray();
        Assert.True(inside.Length > 0.9 * resampled.Image.Voxels.Length, $"{inside.Length} of {resampled.Image.Voxels.Length} inside");
        Assert.All(inside, v => Assert.Equal(123.25, v, 1e-4));
    }

    [Fact]
    public void The_resampler_writes_the_spline_at_each_new_centre_rounded_to_float()
    {
        var geometry = Grid(14, 12, 9, 1.5);
        var image = Random(geometry, seed: 5);
        var mask = new Volume3D<byte>(geometry);
        for (var k = 3; k <= 5; k++)
            for (var j = 4; j <= 7; j++)
                for (var i = 5; i <= 8; i++) mask[i, j, k] = 1;
        var spline = CubicBSplineImage.Of(image);

        var resampled = RegionResampler.Resample(image, mask, VoxelSpacing.Isotropic(1)).Image;

        var g = resampled.Geometry;
        for (var k = 0; k < g.SizeZ; k++)
            for (var j = 0; j < g.SizeY; j++)
                for (var i = 0; i < g.SizeX; i++)
                {
                    var c = geometry.PatientToIndex(g.IndexToPatient(i, j, k));
                    if (c.X >= 13.5 || c.Y >= 11.5 || c.Z >= 8.5) Assert.Equal(0, resampled[i, j, k]); // past the outer half voxel
                    else Assert.Equal((float)spline.ValueAt(c.X, c.Y, c.Z), resampled[i, j, k], 1e-3);
                }
    }

    [Fact]
    public void The_extractor_interpolates_as_its_settings_say()
    {
        var geometry = Grid(16, 16, 8, 1.5);
        var image = Random(geometry, seed: 12);
        var mask = new Volume3D<byte>(geometry);
        for (var k = 2; k <= 5; k++)
            for (var j = 4; j <= 11; j++)
                for (var i = 4; i <= 11; i++) mask[i, j, k] = 1;
        var bspline = new RadiomicsSettings { ResampledSpacing = VoxelSpacing.Isotropic(1) };
        var linear = bspline with { Interpolator = ImageInterpolator.Linear };

        var expected = RegionResampler.Resample(image, mask, VoxelSpacing.Isotropic(1), ImageInterpolator.Linear);
        var features = new RadiomicsExtractor(linear).Extract(image, mask);

        Assert.Equal(ImageInterpolator.BSpline, new RadiomicsSettings().Interpolator);
        Assert.Equal(new RadiomicsExtractor().Extract(expected.Image, expected.Mask).FirstOrder, features.FirstOrder);
        // A B-spline overshoots the random neighbours the linear interpolation stays between.
        Assert.True(new RadiomicsExtractor(bspline).Extract(image, mask).FirstOrder.Range > features.FirstOrder.Range);
    }
}
