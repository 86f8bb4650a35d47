using System.Buffers.Binary;
using Solutions.LungSurvival.Imaging.Dicom;

namespace Solutions.LungSurvival.Imaging.Volumes;

/// <summary>Reads every DICOM file of a folder (in parallel) and groups them by Series Instance UID.</summary>
public static class DicomSeriesReader
{
    /// <summary>
    /// Reads the folder's files (and its subfolders' when <paramref name="recursive"/>), skipping files that are
    /// plainly not DICOM (no "DICM" at byte 128 and no data element at byte 0, e.g. a README); a DICOM file that
    /// fails to parse is an error. Series come back ordered by Series Instance UID.
    /// </summary>
    public static IReadOnlyList<DicomSeries> ReadDirectory(string directory, bool recursive = false)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"no such folder: {directory}");
        var paths = Directory.GetFiles(directory, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly);
        Array.Sort(paths, StringComparer.Ordinal);
        var files = new DicomFile?[paths.Length];
        Parallel.For(0, paths.Length, i =>
        {
            var bytes = File.ReadAllBytes(paths[i]);
            if (LooksLikeDicom(bytes)) files[i] = DicomFile.Read(bytes, paths[i]);
        });
        return Group(files.OfType<DicomFile>());
    }

    /// <summary>Groups files by Series Instance UID (a file without one is an error).</summary>
    public static IReadOnlyList<DicomSeries> Group(IEnumerable<DicomFile> files) =>
        files.GroupBy(f => f.Dataset.GetString(DicomTag.SeriesInstanceUid), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DicomSeries(g.Key, g.First().Dataset.GetStringOrNull(DicomTag.Modality) ?? "", g.ToList()))
            .ToList();

    private static bool LooksLikeDicom(byte[] bytes)
    {
        if (bytes.Length >= 132 && bytes.AsSpan(128, 4).SequenceEqual("DICM"u8)) return true;
        if (bytes.Length < 8) return false;
        var group = BinaryPrimitives.ReadUInt16LittleEndian(bytes);
        return group is 0x0002 or 0x0008;
    }
}
