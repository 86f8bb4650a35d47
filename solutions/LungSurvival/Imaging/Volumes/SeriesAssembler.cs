using System.Globalization;
using Solutions.LungSurvival.Imaging.Dicom;

namespace Solutions.LungSurvival.Imaging.Volumes;

/// <summary>
/// Builds a 3-D volume from the single-frame images of a series: slices are ordered by projecting Image Position
/// (Patient) onto the normal of Image Orientation (Patient) (never by Instance Number), the slice spacing is the
/// median step, and uneven steps, missing slices, duplicate positions and tilted stacks are reported as warnings.
/// </summary>
public static class SeriesAssembler
{
    /// <summary>Relative deviation of a step from the median step above which spacing is reported as non-uniform.</summary>
    public const double SpacingTolerance = 0.01;

    private const double OrientationTolerance = 1e-4;

    public static SeriesVolume Assemble(DicomSeries series)
    {
        var images = series.Files.Where(f => f.Dataset.Contains(DicomTag.PixelData)).ToList();
        if (images.Count == 0)
            throw new InvalidDataException($"series {series.SeriesInstanceUid} has no images with pixel data");
        var first = images[0].Dataset;
        var orientation = first.GetDoubles(DicomTag.ImageOrientationPatient);
        if (orientation.Length != 6)
            throw new DicomFormatException(first.Source, -1, DicomTag.ImageOrientationPatient, $"expected 6 direction cosines, found {orientation.Length}");
        var axisX = Vector3D.From(orientation, 0);
        var axisY = Vector3D.From(orientation, 3);
        if (Math.Abs(axisX.Length - 1) > 1e-3 || Math.Abs(axisY.Length - 1) > 1e-3 || Math.Abs(axisX.Dot(axisY)) > 1e-3)
            throw new DicomFormatException(first.Source, -1, DicomTag.ImageOrientationPatient, "the row and column directions are not orthonormal");
        axisX = axisX.Normalized();
        axisY = axisY.Normalized();
        var normal = axisX.Cross(axisY).Normalized();
        var rows = first.GetInt(DicomTag.Rows);
        var columns = first.GetInt(DicomTag.Columns);
        var pixelSpacing = first.GetDoubles(DicomTag.PixelSpacing);
        if (pixelSpacing.Length != 2 || pixelSpacing[0] <= 0 || pixelSpacing[1] <= 0)
            throw new DicomFormatException(first.Source, -1, DicomTag.PixelSpacing, "expected two positive values (row spacing, column spacing)");

        var warnings = new List<string>();
        var slices = new List<(DicomFile File, Vector3D Position, double Distance)>();
        foreach (var file in images)
        {
            var ds = file.Dataset;
            if (ds.GetInt(DicomTag.Rows) != rows || ds.GetInt(DicomTag.Columns) != columns)
                throw new InvalidDataException($"{file.Source}: {ds.GetInt(DicomTag.Rows)} x {ds.GetInt(DicomTag.Columns)} pixels, the series' first image has {rows} x {columns}");
            if ((ds.GetIntOrNull(DicomTag.NumberOfFrames) ?? 1) != 1)
                throw new InvalidDataException($"{file.Source}: a multi-frame image cannot be assembled as one slice of a series");
            var o = ds.GetDoubles(DicomTag.ImageOrientationPatient);
            if (o.Length != 6 || (Vector3D.From(o, 0) - axisX).Length > OrientationTolerance || (Vector3D.From(o, 3) - axisY).Length > OrientationTolerance)
                throw new InvalidDataException($"{file.Source}: Image Orientation (Patient) differs from the series' first image");
            var p = ds.GetDoubles(DicomTag.ImagePositionPatient);
            if (p.Length != 3)
                throw new DicomFormatException(file.Source, -1, DicomTag.ImagePositionPatient, $"expected 3 coordinates, found {p.Length}");
            var position = Vector3D.From(p);
            slices.Add((file, position, position.Dot(normal)));
        }
        slices.Sort((a, b) => a.Distance.CompareTo(b.Distance));

        // Duplicate positions (the same slice twice, or two acquisitions mixed) keep the first file.
        for (var i = slices.Count - 1; i > 0; i--)
        {
            if (Math.Abs(slices[i].Distance - slices[i - 1].Distance) < 1e-3)
            {
                warnings.Add($"{slices[i].File.Source} repeats the slice position {Mm(slices[i].Distance)} mm of {slices[i - 1].File.Source}; it was left out");
                slices.RemoveAt(i);
            }
        }

        var spacingZ = SliceSpacing(slices.Select(s => s.Distance).ToList(), first, warnings);
        for (var i = 1; i < slices.Count; i++)
        {
            var inPlane = slices[i].Position - slices[0].Position;
            var offAxis = inPlane - (inPlane.Dot(normal)) * normal;
            if (offAxis.Length > 0.01 * Math.Min(pixelSpacing[0], pixelSpacing[1]) + 1e-3)
            {
                warnings.Add($"slices are not stacked along the orientation normal (offset {Mm(offAxis.Length)} mm at {slices[i].File.Source}; gantry tilt?): the volume ignores the shear");
                break;
            }
        }

        var geometry = new VolumeGeometry(columns, rows, slices.Count, slices[0].Position, pixelSpacing[1], pixelSpacing[0], spacingZ,
            axisX, axisY, normal);
        var volume = new Volume3D<float>(geometry);
        Parallel.For(0, slices.Count, z => slices[z].File.GetPixelData().ReadRescaledValues(0, volume.Slice(z)));

        var firstDs = slices[0].File.Dataset;
        return new SeriesVolume(volume, series.SeriesInstanceUid, firstDs.GetStringOrNull(DicomTag.StudyInstanceUid),
            firstDs.GetStringOrNull(DicomTag.FrameOfReferenceUid), firstDs.GetStringOrNull(DicomTag.PatientId),
            slices.Select(s => s.File.Dataset.GetStringOrNull(DicomTag.SopInstanceUid) ?? "").ToList(), warnings);
    }

    private static double SliceSpacing(IReadOnlyList<double> distances, DicomDataset first, List<string> warnings)
    {
        if (distances.Count == 1)
        {
            var thickness = first.GetDoubleOrNull(DicomTag.SpacingBetweenSlices) ?? first.GetDoubleOrNull(DicomTag.SliceThickness);
            warnings.Add($"a single slice: the slice spacing is taken from {(thickness is null ? "nothing (1 mm assumed)" : "the header")}");
            return thickness is > 0 ? thickness.Value : 1.0;
        }
        var steps = new double[distances.Count - 1];
        for (var i = 0; i < steps.Length; i++) steps[i] = distances[i + 1] - distances[i];
        var sorted = steps.Order().ToArray();
        var median = sorted[sorted.Length / 2];
        for (var i = 0; i < steps.Length; i++)
        {
            var ratio = steps[i] / median;
            if (Math.Abs(ratio - 1) <= SpacingTolerance) continue;
            var missing = (int)Math.Round(ratio) - 1;
            warnings.Add(missing >= 1 && Math.Abs(ratio - Math.Round(ratio)) <= 0.1
                ? $"{missing} slice(s) missing between positions {Mm(distances[i])} and {Mm(distances[i + 1])} mm (step {Mm(steps[i])} mm, usual {Mm(median)} mm)"
                : $"non-uniform slice spacing: step {Mm(steps[i])} mm between positions {Mm(distances[i])} and {Mm(distances[i + 1])} mm (usual {Mm(median)} mm)");
        }
        return median;
    }

    private static string Mm(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
