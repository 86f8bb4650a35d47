using Solutions.LungSurvival.Cohort;

namespace Solutions.LungSurvival.Imaging.Phantom;

/// <summary>
/// A tumour's solid: an ellipsoid (mean diameter and elongation from <see cref="TumourTraits"/>, turned about z)
/// whose margin is pushed in and out by a smooth noise field over directions (lobulation) and by sparse sharp
/// spikes (spiculation), both growing with <see cref="TumourTraits.Irregularity"/>; and its internal texture.
/// </summary>
public sealed class TumourShape
{
    private readonly double _cx, _cy, _cz, _a, _b, _c, _cos, _sin, _lobulation, _spiculation, _heterogeneity;
    private readonly SmoothNoise3D _margin, _spikes, _coarseTexture, _fineTexture;

    public TumourShape(TumourTraits traits, double centreX, double centreY, double centreZ)
    {
        _cx = centreX;
        _cy = centreY;
        _cz = centreZ;
        var radius = traits.DiameterMm / 2;
        // Semi-axes with geometric mean = radius and longest / shortest = elongation.
        _a = radius * Math.Pow(traits.Elongation, 2.0 / 3);
        _b = radius * Math.Pow(traits.Elongation, -1.0 / 3);
        _c = _b;
        var random = new Random(traits.Seed);
        var turn = Math.PI * random.NextDouble();
        (_sin, _cos) = Math.SinCos(turn);
        _lobulation = 0.04 + 0.30 * traits.Irregularity;
        _spiculation = 1.6 * traits.Irregularity * traits.Irregularity;
        _heterogeneity = traits.HeterogeneityHu;
        _margin = new SmoothNoise3D(random.Next(), (-1, -1, -1), (1, 1, 1), 0.7);
        _spikes = new SmoothNoise3D(random.Next(), (-1, -1, -1), (1, 1, 1), 0.18);
        var extent = BoundingRadius;
        _coarseTexture = new SmoothNoise3D(random.Next(), (-extent, -extent, -extent), (extent, extent, extent), 6);
        _fineTexture = new SmoothNoise3D(random.Next(), (-extent, -extent, -extent), (extent, extent, extent), 2.5);
    }

    /// <summary>No point of the tumour is farther than this from its centre (mm).</summary>
    public double BoundingRadius => _a * (1 + _lobulation + 0.5 * _spiculation);

    public (double X, double Y, double Z) Centre => (_cx, _cy, _cz);

    public bool Contains(double x, double y, double z)
    {
        var (dx, dy, dz) = (x - _cx, y - _cy, z - _cz);
        var u = (_cos * dx + _sin * dy) / _a;
        var v = (-_sin * dx + _cos * dy) / _b;
        var w = dz / _c;
        var rho = Math.Sqrt(u * u + v * v + w * w);
        if (rho < 1 - _lobulation)
        {
            return true;
        }
        if (rho > 1 + _lobulation + 0.5 * _spiculation)
        {
            return false;
        }
        var (ux, uy, uz) = (u / rho, v / rho, w / rho);
        var reach = 1 + _lobulation * _margin.Sample(ux, uy, uz) + _spiculation * Math.Max(0, _spikes.Sample(ux, uy, uz) - 0.5);
        return rho <= reach;
    }

    /// <summary>Tumour CT number at a point inside it, HU (before scanner noise).</summary>
    public double Hounsfield(double x, double y, double z)
    {
        var (dx, dy, dz) = (x - _cx, y - _cy, z - _cz);
        // Value noise has a standard deviation of about 0.4; 2.2 brings the texture's SD near HeterogeneityHu.
        var texture = 0.7 * _coarseTexture.Sample(dx, dy, dz) + 0.3 * _fineTexture.Sample(dx, dy, dz);
        return TumourTraits.MeanHu + 2.2 * _heterogeneity * texture;
    }
}
