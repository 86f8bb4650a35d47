using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Resampling;

namespace Solutions.LungSurvival.Tests.Radiomics;

public sealed class ResamplingTests
{
    private static VolumeGeometry Grid(int sx, int sy, int sz, double spacingX, double spacingY, double spacingZ) =>
        new(sx, sy, sz, new Vector3D(0, 0, 0), spacingX, spacingY, spacingZ, new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));

    private static Volume3D<byte> Box(VolumeGeometry geometry, (int From, int To) x, (int From, int To) y, (int From, int To) z)
    {
        var mask = new Volume3D<byte>(geometry);
        for (var k = z.From; k <= z.To; k++)
            for (var j = y.From; j <= y.To; j++)
                for (var i = x.From; i <= x.To; i++) mask[i, j, k] = 1;
        return mask;
    }

    [Theory]
    [InlineData(1, 2, 3)]
    [InlineData(0, 0, 0)]
    public void Resampling_to_the_same_spacing_is_the_identity(double x, double y, double z)
    {
        var geometry = Grid(4, 3, 2, 1, 2, 3);
        var random = new Random(11);
        var image = new Volume3D<float>(geometry, Enumerable.Range(0, 24).Select(_ => (float)random.Next(-1000, 1000)).ToArray());
        var mask = Box(geometry, (1, 2), (0, 2), (0, 1));

        var resampled = RegionResampler.Resample(image, mask, new VoxelSpacing(x, y, z));

        Assert.Equal(geometry, resampled.Image.Geometry);
        Assert.Equal(image.Voxels, resampled.Image.Voxels);
        Assert.Equal(mask.Voxels, resampled.Mask.Voxels);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1.5, 2.5, 3)]
    public void A_linear_ramp_stays_a_ramp_under_linear_interpolation(double x, double y, double z)
    {
        // 2 mm voxels whose centres sit at 0, 2, 4, ... mm; the intensity is linear in the position.
        static double Ramp(Vector3D p) => 3 * p.X - 2 * p.Y + 0.5 * p.Z + 7;
        var geometry = Grid(10, 8, 6, 2, 2, 2);
        var image = new Volume3D<float>(geometry);
        for (var k = 0; k < 6; k++)
            for (var j = 0; j < 8; j++)
                for (var i = 0; i < 10; i++) image[i, j, k] = (float)Ramp(geometry.IndexToPatient(i, j, k));
        var mask = Box(geometry, (0, 9), (0, 7), (0, 5));

        var resampled = RegionResampler.Resample(image, mask, new VoxelSpacing(x, y, z), ImageInterpolator.Linear);

        // pyradiomics keeps the grid's corner at -1 mm, so the first new centre lies at -1 + t/2 = (t - 2)/2.
        var g = resampled.Image.Geometry;
        Assert.Equal(new Vector3D((x - 2) / 2, (y - 2) / 2, (z - 2) / 2), g.Origin);
        Assert.Equal((x, y, z), (g.SpacingX, g.SpacingY, g.SpacingZ));
        // ceil(old extent / new spacing): ceil(20 / x), ceil(16 / y), ceil(12 / z); the mask fills the grid, so no crop.
        Assert.Equal(((int)Math.Ceiling(20 / x), (int)Math.Ceiling(16 / y), (int)Math.Ceiling(12 / z)), (g.SizeX, g.SizeY, g.SizeZ));
        var checkedVoxels = 0;
        for (var k = 0; k < g.SizeZ; k++)
            for (var j = 0; j < g.SizeY; j++)
                for (var i = 0; i < g.SizeX; i++)
                {
                    var p = g.IndexToPatient(i, j, k);
                    // Between the outermost old centres the interpolation is exact on a ramp.
                    if (p.X < 0 || p.X > 18 || p.Y < 0 || p.Y > 14 || p.Z < 0 || p.Z > 10) continue;
                    Assert.Equal(Ramp(p), resampled.Image[i, j, k], 3);
                    checkedVoxels++;
                }

        Assert.True(checkedVoxels > 100, $"only {checkedVoxels} voxels lay inside the ramp");
    }

    [Fact]
    public void A_box_mask_on_an_even_number_of_voxels_keeps_its_volume_exactly()
    {
        // 12 x 10 x 6 voxels of 1 mm (720 mm3) to 2 mm: new centres fall on old indices 2k + 0.5, which round up to the
        // odd indices, and each even-length run holds as many odd indices as half its length: 6 x 5 x 3 voxels of 8 mm3.
        var geometry = Grid(30, 30, 30, 1, 1, 1);
        var resampled = RegionResampler.Resample(new Volume3D<float>(geometry), Box(geometry, (5, 16), (7, 16), (9, 14)), VoxelSpacing.Isotropic(2));
        Assert.Equal(720, resampled.Mask.Voxels.Count(v => v != 0) * 8.0);
    }

    [Theory]
    [InlineData(1.5, 2.5, 4)]
    [InlineData(0.7, 1.3, 2.2)]
    public void A_mask_keeps_its_physical_size_within_a_voxel(double x, double y, double z)
    {
        // Nearest neighbour keeps the new centres that fall inside the box, so each side of the box changes by less
        // than one new voxel, and the volume lies between the products of the sides shortened and lengthened by one.
        var geometry = Grid(30, 30, 30, 1, 1, 1);
        double[] sides = [12, 10, 5];
        var resampled = RegionResampler.Resample(new Volume3D<float>(geometry), Box(geometry, (5, 16), (7, 16), (9, 13)), new VoxelSpacing(x, y, z)).Mask;

        double[] spacing = [x, y, z];
        var counts = new int[3];
        for (var a = 0; a < 3; a++)
        {
            var occupied = new HashSet<int>();
            for (var k = 0; k < resampled.SizeZ; k++)
                for (var j = 0; j < resampled.SizeY; j++)
                    for (var i = 0; i < resampled.SizeX; i++)
                        if (resampled[i, j, k] != 0) occupied.Add(a == 0 ? i : a == 1 ? j : k);
            counts[a] = occupied.Count;
            Assert.True(Math.Abs(counts[a] * spacing[a] - sides[a]) < spacing[a], $"axis {a}: {counts[a]} voxels of {spacing[a]} mm for a {sides[a]} mm side");
        }

        var volume = resampled.Voxels.Count(v => v != 0) * x * y * z;
        Assert.Equal(counts[0] * counts[1] * counts[2] * x * y * z, volume, 9); // still a box
        Assert.InRange(volume, (12 - x) * (10 - y) * (5 - z), (12 + x) * (10 + y) * (5 + z));
    }

    [Fact]
    public void Crops_to_the_mask_box_plus_five_new_voxels()
    {
        // Along x the box starts at index 20 and spans 12 voxels of 1 mm; at 2 mm pyradiomics keeps new indices
        // floor(19.5 / 2 - 5) = 4 to ceil(31.5 / 2 + 5) = 21 (under the grid's last, ceil(60 / 2) - 1 = 29): 18 voxels,
        // the first centred at 0.5 + 4 * 2 = 8.5 mm. Along y the box fills the grid: all 30 new voxels, from 0.5 mm.
        var geometry = Grid(60, 60, 60, 1, 1, 1);
        var resampled = RegionResampler.Resample(new Volume3D<float>(geometry), Box(geometry, (20, 31), (0, 59), (0, 59)), VoxelSpacing.Isotropic(2));
        Assert.Equal(18, resampled.Mask.SizeX);
        Assert.Equal(8.5, resampled.Mask.Geometry.Origin.X, 12);
        Assert.Equal(30, resampled.Mask.SizeY);
        Assert.Equal(0.5, resampled.Mask.Geometry.Origin.Y, 12);
    }

    [Fact]
    public void An_axis_the_mask_spans_in_one_slice_keeps_its_spacing()
    {
        var geometry = Grid(8, 8, 4, 1, 1, 3);
        var resampled = RegionResampler.Resample(new Volume3D<float>(geometry), Box(geometry, (1, 6), (1, 6), (2, 2)), VoxelSpacing.Isotropic(2));
        Assert.Equal(3, resampled.Mask.Geometry.SpacingZ);
        Assert.Equal(2, resampled.Mask.Geometry.SpacingX);
    }

    [Fact]
    public void The_extractor_resamples_before_it_measures()
    {
        // A 4 x 4 x 4 cube of 1 mm voxels, values x + y + z, resampled to 2 mm: the mask covers 2 x 2 x 2 voxels of 8 mm3
        // and, the ramp being linear, each new voxel's value is the mean of the 8 old ones it covers.
        var geometry = Grid(4, 4, 4, 1, 1, 1);
        var image = new Volume3D<float>(geometry);
        for (var k = 0; k < 4; k++)
            for (var j = 0; j < 4; j++)
                for (var i = 0; i < 4; i++) image[i, j, k] = i + j + k;
        var mask = Box(geometry, (0, 3), (0, 3), (0, 3));

        var features = new RadiomicsExtractor(new RadiomicsSettings { ResampledSpacing = VoxelSpacing.Isotropic(2) }).Extract(image, mask);

        Assert.Equal(4.5, features.FirstOrder.Mean, 5); // mean of x + y + z over the cube: 3 * 1.5
        Assert.Equal(8, features.FirstOrder.TotalEnergy / features.FirstOrder.Energy, 9); // total energy = energy x voxel volume
    }

    [Fact]
    public void Rejects_a_negative_spacing_naming_the_axis()
    {
        var geometry = Grid(2, 2, 2, 1, 1, 1);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            RegionResampler.Resample(new Volume3D<float>(geometry), Box(geometry, (0, 1), (0, 1), (0, 1)), new VoxelSpacing(1, -2, 1)));
        Assert.Contains("resampled spacing Y is -2", error.Message);
    }
}
