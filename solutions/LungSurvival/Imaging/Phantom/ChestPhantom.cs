using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Imaging.Phantom;

/// <summary>
/// Draws a patient's chest CT: <see cref="ChestAnatomy"/>'s tissues with texture (lung parenchyma with vessels,
/// soft tissue, fat, bone), the tumour placed in its lobe and clipped to the lung, and Gaussian scanner noise.
/// Deterministic per seed, whatever the number of threads.
/// </summary>
public static class ChestPhantom
{
    /// <summary>Standard deviation of the scanner noise, HU.</summary>
    public const double NoiseHu = 12;

    private const int PlacementAttempts = 200;

    public static ChestScan Build(TumourTraits tumour, VolumeSize size, int seed)
    {
        ArgumentNullException.ThrowIfNull(tumour);
        var grid = ChestGeometry.For(size);
        var shape = Place(tumour, new Random(RandomDraws.Derive(seed, 0, stream: 4)));
        var fields = new Random(RandomDraws.Derive(seed, 0, stream: 6));
        var (min, max) = ((-ChestGeometry.FieldOfViewMm / 2, -ChestGeometry.FieldOfViewMm / 2, -ChestGeometry.ScanLengthMm), (ChestGeometry.FieldOfViewMm / 2, ChestGeometry.FieldOfViewMm / 2, 0.0));
        var coarse = new SmoothNoise3D(fields.Next(), min, max, 9);
        var fine = new SmoothNoise3D(fields.Next(), min, max, 3.5);
        var vesselsA = new SmoothNoise3D(fields.Next(), min, max, 16);
        var vesselsB = new SmoothNoise3D(fields.Next(), min, max, 16);

        var hounsfield = new short[grid.VoxelCount];
        var mask = new byte[grid.VoxelCount];
        var plane = grid.SizeX * grid.SizeY;
        var reach = shape.BoundingRadius;
        var (cx, cy, cz) = shape.Centre;
        Parallel.For(0, grid.SizeZ, z =>
        {
            var noise = new Random(RandomDraws.Derive(seed, z, stream: 5));
            var pz = grid.Origin.Z + z * grid.SpacingZ;
            var nearTumourZ = Math.Abs(pz - cz) <= reach;
            for (var y = 0; y < grid.SizeY; y++)
            {
                var py = grid.Origin.Y + y * grid.SpacingY;
                for (var x = 0; x < grid.SizeX; x++)
                {
                    var px = grid.Origin.X + x * grid.SpacingX;
                    var index = z * plane + y * grid.SizeX + x;
                    double hu;
                    var ratio = ChestAnatomy.BodyRatio(px, py);
                    if (ratio >= 1)
                    {
                        hu = ChestAnatomy.AirHu;
                    }
                    else if (ChestAnatomy.InLung(px, py, pz))
                    {
                        if (nearTumourZ && Math.Abs(px - cx) <= reach && Math.Abs(py - cy) <= reach && shape.Contains(px, py, pz))
                        {
                            hu = shape.Hounsfield(px, py, pz);
                            mask[index] = 1;
                        }
                        else if (Math.Abs(vesselsA.Sample(px, py, pz)) < 0.06 && Math.Abs(vesselsB.Sample(px, py, pz)) < 0.06)
                        {
                            // Where two smooth fields both cross zero: thin branching tubes, like pulmonary vessels.
                            hu = -80 + 40 * fine.Sample(px, py, pz);
                        }
                        else
                        {
                            hu = ChestAnatomy.LungHu + 45 * coarse.Sample(px, py, pz) + 25 * fine.Sample(px, py, pz);
                        }
                    }
                    else if (ChestAnatomy.InBone(px, py, pz))
                    {
                        hu = ChestAnatomy.BoneHu + 80 * fine.Sample(px, py, pz);
                    }
                    else if (ChestAnatomy.InSpinalCanal(px, py) || ratio <= 0.9)
                    {
                        hu = ChestAnatomy.SoftTissueHu + 25 * coarse.Sample(px, py, pz);
                    }
                    else
                    {
                        hu = ChestAnatomy.FatHu + 15 * coarse.Sample(px, py, pz);
                    }
                    hu += NoiseHu * noise.Normal();
                    hounsfield[index] = (short)Math.Clamp(Math.Round(hu), -1024, 3071);
                }
            }
        });
        var (centreX, centreY, centreZ) = shape.Centre;
        return new ChestScan(new Volume3D<short>(grid, hounsfield), new Volume3D<byte>(grid, mask), new Vector3D(centreX, centreY, centreZ));
    }

    /// <summary>
    /// Picks the tumour's centre in its lobe: the first random candidate whose whole bounding region lies in lung,
    /// else the candidate with most of it in lung (the tumour is clipped to the lung when drawn).
    /// </summary>
    private static TumourShape Place(TumourTraits tumour, Random random)
    {
        var (minX, maxX, minY, maxY, minZ, maxZ) = ChestAnatomy.LobeRegion(tumour.Lobe);
        TumourShape? best = null;
        var bestInside = -1;
        for (var attempt = 0; attempt < PlacementAttempts; attempt++)
        {
            var candidate = new TumourShape(tumour,
                minX + (maxX - minX) * random.NextDouble(),
                minY + (maxY - minY) * random.NextDouble(),
                minZ + (maxZ - minZ) * random.NextDouble());
            var inside = PointsInLung(candidate);
            if (inside > bestInside)
            {
                (best, bestInside) = (candidate, inside);
            }
            if (inside == ProbeDirections.Length + 1)
            {
                break;
            }
        }
        return best!;
    }

    private static readonly (double X, double Y, double Z)[] ProbeDirections =
    [
        .. from dx in new[] { -1, 0, 1 }
           from dy in new[] { -1, 0, 1 }
           from dz in new[] { -1, 0, 1 }
           where dx != 0 || dy != 0 || dz != 0
           let length = Math.Sqrt(dx * dx + dy * dy + dz * dz)
           select (dx / length, dy / length, dz / length),
    ];

    private static int PointsInLung(TumourShape shape)
    {
        var (cx, cy, cz) = shape.Centre;
        // 0.8 of the bounding radius: spikes may touch the pleura, the bulk should not.
        var radius = 0.8 * shape.BoundingRadius;
        var inside = ChestAnatomy.InLung(cx, cy, cz) ? 1 : 0;
        foreach (var (dx, dy, dz) in ProbeDirections)
        {
            inside += ChestAnatomy.InLung(cx + radius * dx, cy + radius * dy, cz + radius * dz) ? 1 : 0;
        }
        return inside;
    }
}
