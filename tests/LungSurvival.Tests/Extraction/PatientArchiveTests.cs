using System.IO.Compression;
using System.Text;
using Solutions.LungSurvival.Extraction;
using Solutions.LungSurvival.Tests.Imaging;

namespace Solutions.LungSurvival.Tests.Extraction;

public sealed class PatientArchiveTests
{
    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(bytes);
            }
        }

        return memory.ToArray();
    }

    private static (string Name, byte[] Bytes)[] PatientEntries(SmallPatient patient) =>
    [
        .. Directory.GetFiles(patient.CtFolder).Select(f => ($"study/CT/{Path.GetFileName(f)}", File.ReadAllBytes(f))),
        ("study/SEG/seg.dcm", File.ReadAllBytes(patient.SegFile)),
    ];

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Reads_the_ct_seg_and_clinical_row_of_an_archive()
    {
        using var folder = new TemporaryFolder();
        var patient = new SmallPatient(folder);
        var clinical = Text("Case ID,Age at Histological Diagnosis,\"Pleural invasion (elastic, visceral, or parietal)\",ESR1\nR01-007,68,No,0.25\n");

        var read = PatientArchive.Read(Zip([.. PatientEntries(patient), ("clinical.csv", clinical), ("README.txt", Text("hello"))]), "upload.zip");

        Assert.Equal(patient.Ct.Voxels, read.Scan.Image.Voxels);
        Assert.Equal(patient.TumourMask, read.Scan.Mask.Voxels);
        Assert.Equal(["Case ID", "Age at Histological Diagnosis", "Pleural invasion (elastic, visceral, or parietal)", "ESR1"], read.Clinical!.Keys);
        Assert.Equal(["R01-007", "68", "No", "0.25"], read.Clinical.Values);
        Assert.Contains("upload.zip!README.txt: not DICOM; skipped", read.Scan.Warnings);
        Assert.Null(PatientArchive.Read(Zip(PatientEntries(patient))).Clinical);
    }

    [Fact]
    public void Refuses_path_traversal_and_absolute_names()
    {
        using var folder = new TemporaryFolder();
        var entries = PatientEntries(new SmallPatient(folder));

        foreach (var name in new[] { "../../etc/passwd", "/etc/passwd", "CT/..\\..\\x.dcm", "C:/x.dcm" })
        {
            var error = Assert.Throws<ArchiveFormatException>(() => PatientArchive.Read(Zip([.. entries, (name, Text("x"))]), "upload.zip"));
            Assert.Contains($"unsafe entry name '{name}'", error.Message);
        }
    }

    [Fact]
    public void Refuses_a_zip_bomb_by_the_bytes_that_come_out()
    {
        // 2 MiB of zeros deflate to about 2 KiB: far past a 1 MiB entry limit once inflated.
        var bomb = Zip(("CT/bomb.dcm", new byte[2 << 20]));
        Assert.True(bomb.Length < 20_000);
        var limits = new ArchiveLimits { MaxEntryBytes = 1 << 20 };

        var entry = Assert.Throws<ArchiveFormatException>(() => PatientArchive.Read(bomb, "bomb.zip", limits));
        var total = Assert.Throws<ArchiveFormatException>(() =>
            PatientArchive.Read(Zip(("a.dcm", new byte[600_000]), ("b.dcm", new byte[600_000])), "two.zip", new ArchiveLimits { MaxTotalBytes = 1_000_000 }));
        var size = Assert.Throws<ArchiveFormatException>(() => PatientArchive.Read(bomb, "bomb.zip", new ArchiveLimits { MaxArchiveBytes = 100 }));
        var entries = Assert.Throws<ArchiveFormatException>(() => PatientArchive.Read(bomb, "bomb.zip", new ArchiveLimits { MaxEntries = 0 }));

        Assert.Contains("bomb.zip!CT/bomb.dcm", entry.Message);
        Assert.Contains("1,048,576", entry.Message);
        Assert.Contains("two.zip!b.dcm: the archive inflates past 1,000,000 bytes", total.Message);
        Assert.Contains("limited to 100", size.Message);
        Assert.Contains("1 entries; archives are limited to 0", entries.Message);
    }

    [Fact]
    public void Explains_what_is_wrong_with_the_archive_or_its_clinical_row()
    {
        using var folder = new TemporaryFolder();
        var entries = PatientEntries(new SmallPatient(folder));

        Assert.Contains("not a zip archive", Assert.Throws<ArchiveFormatException>(() => PatientArchive.Read(Text("plain text, not a zip"), "x.zip")).Message);
        Assert.Contains("line 3 is a second row", Assert.Throws<ArchiveFormatException>(() =>
            PatientArchive.Read(Zip([.. entries, ("clinical.csv", Text("Case ID,Age\nA,1\nB,2\n"))]))).Message);
        Assert.Contains("line 2 has 1 fields for 2 columns", Assert.Throws<ArchiveFormatException>(() =>
            PatientArchive.Read(Zip([.. entries, ("clinical.csv", Text("Case ID,Age\nA\n"))]))).Message);
        Assert.Contains("no 'Case ID' column", Assert.Throws<ArchiveFormatException>(() =>
            PatientArchive.Read(Zip([.. entries, ("clinical.csv", Text("Patient,Age\nA,1\n"))]))).Message);
        Assert.Contains("no DICOM SEG or RTSTRUCT", Assert.Throws<InvalidDataException>(() => PatientArchive.Read(Zip(entries[..^1]), "ct-only.zip")).Message);
    }
}
