namespace Solutions.LungSurvival.Imaging.Phantom;

/// <summary>
/// The fixed anatomy of the synthetic chest, in LPS millimetres (x to the patient's left, y posterior, z superior;
/// the scan spans z = -300 to 0): an elliptic body, two ellipsoidal lungs with the heart carved out of them, ribs,
/// sternum and spine. Tissue values are typical CT numbers.
/// </summary>
public static class ChestAnatomy
{
    public const double AirHu = -1000;
    public const double LungHu = -850;
    public const double SoftTissueHu = 30;
    public const double FatHu = -90;
    public const double BoneHu = 700;

    public const double BodySemiAxisX = 165;
    public const double BodySemiAxisY = 118;

    private static readonly Ellipsoid RightLung = new(-72, 5, -150, 55, 80, 120);
    private static readonly Ellipsoid LeftLung = new(72, 5, -150, 52, 80, 118);
    private static readonly Ellipsoid Heart = new(20, -35, -205, 58, 55, 60);

    /// <summary>Body ellipse value: below 1 inside the body.</summary>
    public static double BodyRatio(double x, double y) => Math.Sqrt(x * x / (BodySemiAxisX * BodySemiAxisX) + y * y / (BodySemiAxisY * BodySemiAxisY));

    /// <summary>True where the point is lung parenchyma (either lung, outside the heart).</summary>
    public static bool InLung(double x, double y, double z) =>
        (RightLung.Contains(x, y, z) || LeftLung.Contains(x, y, z)) && !Heart.Contains(x, y, z);

    /// <summary>True for the right lung's side of the body (patient's right is -x in LPS).</summary>
    public static bool IsRight(string lobe) => lobe.StartsWith('R');

    /// <summary>
    /// The box (LPS mm) in which a tumour of the given lobe is centred: upper lobes high, lower lobes low and
    /// posterior, the middle lobe and lingula at mid height and anterior.
    /// </summary>
    public static (double MinX, double MaxX, double MinY, double MaxY, double MinZ, double MaxZ) LobeRegion(string lobe)
    {
        var lung = IsRight(lobe) ? RightLung : LeftLung;
        var (minX, maxX) = (lung.X - lung.A * 0.8, lung.X + lung.A * 0.8);
        return lobe switch
        {
            "RUL" or "LUL" => (minX, maxX, -50, 50, -125, -60),
            "RML" or "L Lingula" => (minX, maxX, -65, -5, -175, -130),
            "RLL" or "LLL" => (minX, maxX, 0, 65, -245, -160),
            _ => throw new ArgumentException($"Unknown lobe '{lobe}' (expected RUL, RML, RLL, LUL, LLL or L Lingula).", nameof(lobe)),
        };
    }

    /// <summary>True for bone: ribs (slanting bands in the chest wall, none in front), sternum and vertebral bodies.</summary>
    public static bool InBone(double x, double y, double z)
    {
        var ratio = BodyRatio(x, y);
        if (ratio is > 0.82 and < 0.875 && z > -265)
        {
            var angle = Math.Atan2(y / BodySemiAxisY, x / BodySemiAxisX);
            var anterior = Math.Abs(angle + Math.PI / 2) < 0.5;
            // Ribs run lower in front than behind; one every 30 mm, 9 mm thick.
            var phase = ((z + 25 * (y / BodySemiAxisY)) % 30 + 30) % 30;
            if (!anterior && phase < 9)
            {
                return true;
            }
        }
        if (z is > -200 and < -40 && Square((x - 0) / 16) + Square((y + 103) / 7) < 1)
        {
            return true;
        }
        var inDisc = (z % 30 + 30) % 30 < 5;
        return !inDisc && Square(x / 17) + Square((y - 82) / 17) < 1;
    }

    /// <summary>True inside the spinal canal (soft tissue behind the vertebral bodies).</summary>
    public static bool InSpinalCanal(double x, double y) => Square(x / 7) + Square((y - 108) / 7) < 1;

    private static double Square(double value) => value * value;

    private readonly record struct Ellipsoid(double X, double Y, double Z, double A, double B, double C)
    {
        public bool Contains(double x, double y, double z) =>
            Square((x - X) / A) + Square((y - Y) / B) + Square((z - Z) / C) < 1;
    }
}
