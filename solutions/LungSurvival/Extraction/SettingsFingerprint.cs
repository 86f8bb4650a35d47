using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Radiomics;

namespace Solutions.LungSurvival.Extraction;

/// <summary>
/// Identifies what an extraction computes: the discretisation, the resampling, the re-segmentation and the extractor's feature names in
/// order, so a changed bin width, spacing or interpolator, or a feature class added to the extractor, recomputes the
/// cache and keeps shards apart.
/// </summary>
internal sealed record SettingsFingerprint(string Value, string Description, IReadOnlyList<string> FeatureNames)
{
    public static SettingsFingerprint Of(RadiomicsExtractor extractor)
    {
        var discretisation = extractor.Settings.Discretisation;
        var description = discretisation.BinWidth is { } width
            ? string.Create(CultureInfo.InvariantCulture, $"bin width {width:R}")
            : string.Create(CultureInfo.InvariantCulture, $"bin count {discretisation.BinCount}");
        if (extractor.Settings.ResampledSpacing is { } s)
            description += string.Create(CultureInfo.InvariantCulture, $", resampled to {s.X:R} x {s.Y:R} x {s.Z:R} mm ({extractor.Settings.Interpolator})");
        if (extractor.Settings.ResegmentRange is { } range)
            description += string.Create(CultureInfo.InvariantCulture,
                $", re-segmented to [{range.Minimum:R}, {range.Maximum:R}]{(extractor.Settings.ResegmentShape ? " shape included" : "")}");
        var names = ProbeNames(extractor);
        var text = description + "\n" + string.Join("\n", names);
        return new SettingsFingerprint(Hex(text), description, names);
    }

    /// <summary>The SHA-256 of <paramref name="text"/>, first 16 bytes as hex: ample to tell settings and inputs apart.</summary>
    public static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));

    /// <summary>The extractor's feature names, from a 3 x 3 x 3 cube of distinct intensities (every class has a matrix).</summary>
    private static List<string> ProbeNames(RadiomicsExtractor extractor)
    {
        var geometry = new VolumeGeometry(3, 3, 3, new Vector3D(0, 0, 0), 1, 1, 1, new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));
        var image = new Volume3D<float>(geometry, [.. Enumerable.Range(0, 27).Select(i => i * 10f)]);
        var mask = new Volume3D<byte>(geometry, [.. Enumerable.Repeat((byte)1, 27)]);
        // The names do not depend on resampling, and a coarse spacing could leave the tiny probe without a voxel.
        var probe = new RadiomicsExtractor(extractor.Settings with { ResampledSpacing = null, ResegmentRange = null });
        return [.. probe.Extract(image, mask).ToNamedValues().Keys];
    }
}
