using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Imaging.Phantom;
using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Tests.Imaging.Phantom;

public sealed class ChestPhantomTests
{
    private static readonly TumourTraits Tumour = new("RUL", 30, 1.2, 0.5, 30, Seed: 123);
    private static readonly ChestScan Scan = ChestPhantom.Build(Tumour, VolumeSize.Default, seed: 77);

    /// <summary>Median HU over the 5 x 5 in-plane neighbourhood of the voxel nearest a patient point.</summary>
    private static double MedianAround(double x, double y, double z)
    {
        var index = Scan.Geometry.PatientToIndex(new Vector3D(x, y, z));
        var (i, j, k) = ((int)Math.Round(index.X), (int)Math.Round(index.Y), (int)Math.Round(index.Z));
        var values = new List<double>();
        for (var dj = -2; dj <= 2; dj++)
        for (var di = -2; di <= 2; di++)
        {
            values.Add(Scan.Hounsfield[i + di, j + dj, k]);
        }
        values.Sort();
        return values[values.Count / 2];
    }

    [Theory]
    // Points from ChestAnatomy: lung centres at x = -72 / +72, mediastinum between them in front, vertebral body at
    // (0, 82) (z = -140 is mid-vertebra: discs are where z mod 30 < 5), air outside the body ellipse.
    [InlineData("right lung", -72, 5, -180, -900, -780)]
    [InlineData("left lung", 72, 5, -150, -900, -780)]
    [InlineData("mediastinum", 0, -60, -100, -20, 80)]
    [InlineData("vertebra", 0, 82, -140, 600, 800)]
    [InlineData("air", -160, -160, -150, -1024, -960)]
    public void Tissues_have_their_ct_numbers(string tissue, double x, double y, double z, double low, double high)
    {
        Assert.InRange(MedianAround(x, y, z), low, high);
        Assert.NotEmpty(tissue);
    }

    [Fact]
    public void Scanner_noise_is_about_12_hu_in_air()
    {
        // Air is -1000 plus N(0, 12) noise, clipped at -1024 (2 sd below): the sample sd of corner voxels is near 12.
        var values = new List<double>();
        for (var j = 0; j < 8; j++)
        for (var i = 0; i < 8; i++)
        {
            values.Add(Scan.Hounsfield[i, j, 30]);
        }
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));

        Assert.InRange(mean, -1006, -994);
        Assert.InRange(sd, 8, 15);
    }

    [Fact]
    public void Tumour_is_solid_soft_tissue_surrounded_by_lung()
    {
        var mask = Scan.TumourMask;
        var inside = new List<double>();
        var border = new List<double>();
        for (var z = 1; z < mask.SizeZ - 1; z++)
        for (var y = 1; y < mask.SizeY - 1; y++)
        for (var x = 1; x < mask.SizeX - 1; x++)
        {
            if (mask[x, y, z] != 0)
            {
                inside.Add(Scan.Hounsfield[x, y, z]);
            }
            else if (mask[x - 1, y, z] + mask[x + 1, y, z] + mask[x, y - 1, z] + mask[x, y + 1, z] + mask[x, y, z - 1] + mask[x, y, z + 1] > 0)
            {
                border.Add(Scan.Hounsfield[x, y, z]);
            }
        }

        Assert.InRange(inside.Count, 100, 5000);
        Assert.InRange(inside.Average(), 15, 65); // 40 HU tumour, textured
        // The voxels touching the tumour are lung parenchyma (a few may be vessels).
        Assert.True(border.Count(v => v < -500) >= 0.8 * border.Count, $"{border.Count(v => v < -500)} of {border.Count} border voxels are lung");
    }

    [Theory]
    [InlineData("RUL", -1)]
    [InlineData("RML", -1)]
    [InlineData("RLL", -1)]
    [InlineData("LUL", 1)]
    [InlineData("LLL", 1)]
    [InlineData("L Lingula", 1)]
    public void Tumour_sits_in_its_lobes_lung(string lobe, int side)
    {
        var scan = ChestPhantom.Build(Tumour with { Lobe = lobe }, new VolumeSize(64, 64, 30), seed: 5);

        Assert.True(scan.TumourVoxels > 0, $"no tumour drawn in {lobe}");
        // Right is -x in LPS.
        Assert.Equal(side, Math.Sign(scan.TumourCentre.X));
        Assert.True(ChestAnatomy.InLung(scan.TumourCentre.X, scan.TumourCentre.Y, scan.TumourCentre.Z));
    }

    [Fact]
    public void Bigger_tumours_have_more_voxels_and_irregular_ones_more_surface()
    {
        var size = new VolumeSize(64, 64, 30);
        var small = ChestPhantom.Build(Tumour with { DiameterMm = 20 }, size, seed: 5).TumourVoxels;
        var large = ChestPhantom.Build(Tumour with { DiameterMm = 40 }, size, seed: 5).TumourVoxels;

        // Volume grows with the cube of the diameter: about 8 times, blurred by voxelisation and the margin noise.
        Assert.InRange((double)large / small, 4, 14);
    }

    [Fact]
    public void Same_seed_same_scan_other_seed_other_noise()
    {
        var size = new VolumeSize(48, 48, 16);
        var first = ChestPhantom.Build(Tumour, size, seed: 1);
        var again = ChestPhantom.Build(Tumour, size, seed: 1);
        var other = ChestPhantom.Build(Tumour, size, seed: 2);

        Assert.Equal(first.Hounsfield.Voxels, again.Hounsfield.Voxels);
        Assert.Equal(first.TumourMask.Voxels, again.TumourMask.Voxels);
        Assert.NotEqual(first.Hounsfield.Voxels, other.Hounsfield.Voxels);
    }

    [Fact]
    public void Size_parses_and_refuses_what_it_cannot_draw()
    {
        Assert.Equal(new VolumeSize(512, 512, 150), VolumeSize.Parse("512x512x150"));
        Assert.Contains("COLUMNSxROWSxSLICES", Assert.Throws<FormatException>(() => VolumeSize.Parse("128x128")).Message);
        Assert.Contains("16 to 512", Assert.Throws<FormatException>(() => VolumeSize.Parse("1024x1024x60")).Message);
    }
}
