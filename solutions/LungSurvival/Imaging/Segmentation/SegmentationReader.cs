using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Imaging.Segmentation;

/// <summary>
/// Maps a BINARY DICOM Segmentation onto the grid of the CT series it was drawn on. Each frame is placed by its
/// per-frame Plane Position (Patient), or, when that is missing or off the grid, by the CT slice its Source Image
/// reference names. Frames may cover only some slices, be offset in plane, or repeat a slice (as in the NSCLC
/// Radiogenomics collection); repeated frames are combined by union.
/// </summary>
public static class SegmentationReader
{
    /// <summary>
    /// The mask of <paramref name="segmentNumber"/> (1 inside, 0 outside), or with null a label map holding each
    /// voxel's segment number (a later segment wins where segments overlap).
    /// </summary>
    public static SegmentationMask ToMask(DicomFile seg, SeriesVolume ct, int? segmentNumber = null)
    {
        var ds = seg.Dataset;
        var source = seg.Source;
        if (ds.GetStringOrNull(DicomTag.SopClassUid) != DicomUid.SegmentationStorage)
            throw new DicomFormatException(source, -1, DicomTag.SopClassUid, $"not a Segmentation Storage object ({DicomUid.SegmentationStorage})");
        var type = ds.GetStringOrNull(DicomTag.SegmentationType);
        if (type != "BINARY")
            throw new NotSupportedException($"{source}: segmentation type {type ?? "(missing)"}; only BINARY is read");

        var grid = ct.Volume.Geometry;
        var warnings = new List<string>();
        var frameOfReference = ds.GetStringOrNull(DicomTag.FrameOfReferenceUid);
        if (ct.FrameOfReferenceUid is not null && frameOfReference is not null && frameOfReference != ct.FrameOfReferenceUid)
            warnings.Add($"the SEG's frame of reference {frameOfReference} differs from the CT's {ct.FrameOfReferenceUid}");

        var shared = ds.GetSequence(DicomTag.SharedFunctionalGroupsSequence).FirstOrDefault();
        var perFrame = ds.GetSequence(DicomTag.PerFrameFunctionalGroupsSequence);
        var pixels = seg.GetPixelData();
        if (pixels.BitsAllocated != 1 && pixels.BitsAllocated != 8)
            throw new DicomFormatException(source, -1, DicomTag.BitsAllocated, $"a BINARY segmentation has 1 bit per pixel, found {pixels.BitsAllocated}");
        if (perFrame.Count != pixels.NumberOfFrames)
            throw new DicomFormatException(source, -1, DicomTag.PerFrameFunctionalGroupsSequence,
                $"{perFrame.Count} per-frame functional group items for {pixels.NumberOfFrames} frames");
        CheckPlane(seg, shared, perFrame.FirstOrDefault(), grid);

        var sliceBySop = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var z = 0; z < ct.SliceSopInstanceUids.Count; z++) sliceBySop.TryAdd(ct.SliceSopInstanceUids[z], z);

        var mask = new Volume3D<byte>(grid);
        var seen = new HashSet<(int Segment, int Slice)>();
        var frameValues = new int[pixels.ValuesPerFrame];
        for (var f = 0; f < perFrame.Count; f++)
        {
            var groups = perFrame[f];
            var segment = Functional(groups, shared, DicomTag.SegmentIdentificationSequence)?.GetIntOrNull(DicomTag.ReferencedSegmentNumber)
                ?? throw new DicomFormatException(source, -1, DicomTag.ReferencedSegmentNumber, $"frame {f + 1} names no segment");
            if (segmentNumber is { } wanted && segment != wanted) continue;
            if (segment is < 1 or > 255)
                throw new DicomFormatException(source, -1, DicomTag.ReferencedSegmentNumber, $"frame {f + 1}: segment number {segment} outside 1..255");

            if (Place(groups, shared, grid, sliceBySop, f, warnings) is not var (z, offsetX, offsetY)) continue;
            if (!seen.Add((segment, z)))
                warnings.Add($"frame {f + 1} repeats segment {segment} on CT slice {z}; the frames are combined");

            pixels.ReadStoredValues(f, frameValues);
            var value = (byte)(segmentNumber is null ? segment : 1);
            var slice = mask.Slice(z);
            for (var row = 0; row < pixels.Rows; row++)
            {
                var y = row + offsetY;
                if ((uint)y >= (uint)grid.SizeY) continue;
                for (var column = 0; column < pixels.Columns; column++)
                {
                    var x = column + offsetX;
                    if ((uint)x < (uint)grid.SizeX && frameValues[row * pixels.Columns + column] != 0)
                        slice[y * grid.SizeX + x] = value;
                }
            }
        }
        return new SegmentationMask(mask, warnings);
    }

    /// <summary>Slice and in-plane offset of a frame: by plane position when on the grid, else by source image.</summary>
    private static (int Slice, int OffsetX, int OffsetY)? Place(DicomDataset groups, DicomDataset? shared, VolumeGeometry grid,
        Dictionary<string, int> sliceBySop, int frame, List<string> warnings)
    {
        var position = Functional(groups, shared, DicomTag.PlanePositionSequence)?.GetDoubles(DicomTag.ImagePositionPatient);
        if (position is { Length: 3 })
        {
            var index = grid.PatientToIndex(Vector3D.From(position));
            var (x, y, z) = ((int)Math.Round(index.X), (int)Math.Round(index.Y), (int)Math.Round(index.Z));
            var onGrid = Math.Abs(index.X - x) < 0.25 && Math.Abs(index.Y - y) < 0.25 && Math.Abs(index.Z - z) < 0.25;
            if (onGrid && z >= 0 && z < grid.SizeZ) return (z, x, y);
            warnings.Add($"frame {frame + 1}: plane position ({position[0]}, {position[1]}, {position[2]}) is not on the CT grid (index {index.X:0.##}, {index.Y:0.##}, {index.Z:0.##})");
        }
        var source = groups.GetSequence(DicomTag.DerivationImageSequence).SelectMany(d => d.GetSequence(DicomTag.SourceImageSequence))
            .Select(s => s.GetStringOrNull(DicomTag.ReferencedSopInstanceUid)).FirstOrDefault(uid => uid is not null);
        if (source is not null && sliceBySop.TryGetValue(source, out var slice)) return (slice, 0, 0);
        warnings.Add($"frame {frame + 1} maps to no CT slice (no usable plane position or source image reference); it was skipped");
        return null;
    }

    private static void CheckPlane(DicomFile seg, DicomDataset? shared, DicomDataset? firstFrame, VolumeGeometry grid)
    {
        var measures = Functional(firstFrame ?? new DicomDataset(), shared, DicomTag.PixelMeasuresSequence);
        var spacing = measures?.GetDoubles(DicomTag.PixelSpacing);
        if (spacing is { Length: 2 } && (Math.Abs(spacing[0] - grid.SpacingY) > 1e-3 || Math.Abs(spacing[1] - grid.SpacingX) > 1e-3))
            throw new NotSupportedException($"{seg.Source}: pixel spacing {spacing[0]}\\{spacing[1]} differs from the CT's {grid.SpacingY}\\{grid.SpacingX}; resampling is not supported");
        var orientation = Functional(firstFrame ?? new DicomDataset(), shared, DicomTag.PlaneOrientationSequence)?.GetDoubles(DicomTag.ImageOrientationPatient);
        if (orientation is { Length: 6 }
            && ((Vector3D.From(orientation, 0) - grid.AxisX).Length > 1e-3 || (Vector3D.From(orientation, 3) - grid.AxisY).Length > 1e-3))
            throw new NotSupportedException($"{seg.Source}: image orientation differs from the CT's; resampling is not supported");
    }

    /// <summary>The item of a functional group macro, per-frame first, then shared (PS3.3 C.7.6.16).</summary>
    private static DicomDataset? Functional(DicomDataset perFrame, DicomDataset? shared, DicomTag sequence) =>
        perFrame.GetSequence(sequence).FirstOrDefault() ?? shared?.GetSequence(sequence).FirstOrDefault();
}
