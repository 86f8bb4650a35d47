using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Benchmarks;

/// <summary>
/// The tumour the radiomics benchmark times: an ellipsoid filling a 100 x 100 x 50 grid (0.7 x 0.7 x 1.5 mm voxels,
/// about 260,000 voxels in the mask) of soft tissue around 40 HU with a smooth heterogeneity of +-60 HU and
/// Gaussian CT noise of 25 HU, rounded to whole HU as a scanner stores them.
/// </summary>
public static class BenchmarkTumour
{
    public const int SizeX = 100;
    public const int SizeY = 100;
    public const int SizeZ = 50;

    public static (Volume3D<float> Image, Volume3D<byte> Mask) Create(int seed = 1)
    {
        var geometry = new VolumeGeometry(SizeX, SizeY, SizeZ, new Vector3D(0, 0, 0), 0.7, 0.7, 1.5,
            new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));
        var image = new Volume3D<float>(geometry);
        var mask = new Volume3D<byte>(geometry);
        var random = new Random(seed);
        double cx = (SizeX - 1) / 2.0, cy = (SizeY - 1) / 2.0, cz = (SizeZ - 1) / 2.0;
        double phaseX = random.NextDouble() * 2 * Math.PI, phaseY = random.NextDouble() * 2 * Math.PI, phaseZ = random.NextDouble() * 2 * Math.PI;
        for (var z = 0; z < SizeZ; z++)
            for (var y = 0; y < SizeY; y++)
                for (var x = 0; x < SizeX; x++)
                {
                    double dx = (x - cx) / (SizeX / 2.0), dy = (y - cy) / (SizeY / 2.0), dz = (z - cz) / (SizeZ / 2.0);
                    var r2 = dx * dx + dy * dy + dz * dz;
                    var inside = r2 <= 1;
                    // Tissue inside, lung outside; a necrotic-looking darker core and slow waves of heterogeneity.
                    var tissue = inside
                        ? 40 - 50 * Math.Exp(-r2 * 6) + 30 * Math.Sin(x * 0.21 + phaseX) * Math.Sin(y * 0.17 + phaseY) + 30 * Math.Sin(z * 0.3 + phaseZ)
                        : -800;
                    var index = image.Index(x, y, z);
                    image.Voxels[index] = (float)Math.Round(tissue + 25 * Gaussian(random));
                    mask.Voxels[index] = inside ? (byte)1 : (byte)0;
                }

        return (image, mask);
    }

    private static double Gaussian(Random random)
    {
        // Box-Muller; 1 - NextDouble() keeps the logarithm's argument above 0.
        var u = 1 - random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * random.NextDouble());
    }
}
