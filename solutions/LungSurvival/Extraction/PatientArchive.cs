using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.Shared.Data.Tabular;

namespace Solutions.LungSurvival.Extraction;

/// <summary>
/// Reads a patient from a zip archive held in memory, the form the serving model takes: the CT's DICOM slices, one
/// DICOM SEG or RTSTRUCT, and optionally a <c>clinical.csv</c> (header and one row) to join. Folders inside the
/// archive do not matter. Nothing is written to disk; entry names are still checked, so a name like
/// <c>../../etc/passwd</c> is refused rather than passed on to anything that might use it as a path.
/// </summary>
public static class PatientArchive
{
    /// <param name="source">Names the archive in error messages (e.g. the uploaded file's name).</param>
    /// <exception cref="ArchiveFormatException">Not a zip, over a limit of <paramref name="limits"/>, or an unsafe entry.</exception>
    public static ArchivedPatient Read(ReadOnlyMemory<byte> archive, string source = "archive.zip", ArchiveLimits? limits = null)
    {
        limits ??= ArchiveLimits.Default;
        if (archive.Length > limits.MaxArchiveBytes)
            throw new ArchiveFormatException($"{source}: {archive.Length:N0} bytes; archives are limited to {limits.MaxArchiveBytes:N0}");
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(AsStream(archive), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new ArchiveFormatException($"{source}: not a zip archive ({e.Message})");
        }

        using (zip)
        {
            if (zip.Entries.Count > limits.MaxEntries)
                throw new ArchiveFormatException($"{source}: {zip.Entries.Count:N0} entries; archives are limited to {limits.MaxEntries:N0}");
            var files = new List<DicomFile>();
            var warnings = new List<string>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            IReadOnlyDictionary<string, string>? clinical = null;
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                var name = CheckedName(entry.FullName, source);
                if (name.EndsWith('/')) continue; // a folder
                if (!names.Add(name)) throw new ArchiveFormatException($"{source}: the entry '{name}' appears twice");
                var where = $"{source}!{name}";
                var bytes = Inflate(entry, where, limits, ref total);
                if (string.Equals(entry.Name, CohortLayout.ClinicalFileName, StringComparison.OrdinalIgnoreCase))
                {
                    if (clinical is not null) throw new ArchiveFormatException($"{source}: more than one {CohortLayout.ClinicalFileName}");
                    clinical = ClinicalRow(bytes, where);
                }
                else if (LooksLikeDicom(bytes))
                {
                    files.Add(DicomFile.Read(bytes, where));
                }
                else
                {
                    warnings.Add($"{where}: not DICOM; skipped");
                }
            }

            var scan = PatientScanReader.Read(files, source);
            return new ArchivedPatient(scan with { Warnings = [.. warnings, .. scan.Warnings] }, clinical);
        }
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> archive) =>
        MemoryMarshal.TryGetArray(archive, out var array)
            ? new MemoryStream(array.Array!, array.Offset, array.Count, writable: false)
            : new MemoryStream(archive.ToArray(), writable: false);

    /// <summary>Refuses names that would climb out of, or start outside, any folder they were extracted to.</summary>
    private static string CheckedName(string name, string source)
    {
        var normalised = name.Replace('\\', '/');
        var unsafeName = normalised.Length == 0 || normalised.StartsWith('/') || normalised.Contains(':') || normalised.Contains('\0')
            || normalised.Split('/').Any(part => part == "..");
        return unsafeName
            ? throw new ArchiveFormatException($"{source}: unsafe entry name '{name}' (absolute, a drive, or '..'); expected a relative path inside the archive")
            : normalised;
    }

    /// <summary>Inflates an entry, counting the bytes that actually come out rather than trusting the declared size.</summary>
    private static byte[] Inflate(ZipArchiveEntry entry, string where, ArchiveLimits limits, ref long total)
    {
        if (entry.Length > limits.MaxEntryBytes)
            throw new ArchiveFormatException($"{where}: {entry.Length:N0} bytes inflated; entries are limited to {limits.MaxEntryBytes:N0}");
        var buffer = new MemoryStream((int)Math.Min(entry.Length, limits.MaxEntryBytes));
        var chunk = new byte[81920];
        try
        {
            using var input = entry.Open();
            int read;
            while ((read = input.Read(chunk)) > 0)
            {
                total += read;
                if (buffer.Length + read > limits.MaxEntryBytes)
                    throw new ArchiveFormatException($"{where}: inflates past {limits.MaxEntryBytes:N0} bytes (the entry limit); refused as a possible zip bomb");
                if (total > limits.MaxTotalBytes)
                    throw new ArchiveFormatException($"{where}: the archive inflates past {limits.MaxTotalBytes:N0} bytes in all; refused as a possible zip bomb");
                buffer.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException e)
        {
            throw new ArchiveFormatException($"{where}: corrupt or unsupported compression ({e.Message})");
        }

        return buffer.ToArray();
    }

    private static IReadOnlyDictionary<string, string> ClinicalRow(byte[] bytes, string where)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        var tokenizer = new CsvTokenizer(reader, where);
        if (!tokenizer.TryRead(out var header))
            throw new ArchiveFormatException($"{where}: empty; expected a header line and one patient's row");
        if (!tokenizer.TryRead(out var values))
            throw new ArchiveFormatException($"{where}: a header but no row; expected one patient's row");
        if (values.Length != header.Length)
            throw new ArchiveFormatException($"{where}: line {tokenizer.RecordLine} has {values.Length} fields for {header.Length} columns");
        if (tokenizer.TryRead(out _))
            throw new ArchiveFormatException($"{where}: line {tokenizer.RecordLine} is a second row; expected one patient's row");
        if (!header.Contains(ClinicalColumns.CaseId))
            throw new ArchiveFormatException($"{where}: line 1 has no '{ClinicalColumns.CaseId}' column to join on");
        var row = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
            if (!row.TryAdd(header[i], values[i]))
                throw new ArchiveFormatException($"{where}: line 1, column {i + 1}: '{header[i]}' appears twice");
        return row;
    }

    /// <summary>The same test as the folder reader's: a "DICM" prefix at byte 128, or a bare data set starting with group 0002 or 0008.</summary>
    private static bool LooksLikeDicom(byte[] bytes)
    {
        if (bytes.Length >= 132 && bytes.AsSpan(128, 4).SequenceEqual("DICM"u8)) return true;
        return bytes.Length >= 8 && BinaryPrimitives.ReadUInt16LittleEndian(bytes) is 0x0002 or 0x0008;
    }
}
