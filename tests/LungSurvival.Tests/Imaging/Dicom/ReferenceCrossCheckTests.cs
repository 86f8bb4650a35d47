using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Solutions.LungSurvival.Imaging.Dicom;

namespace Solutions.LungSurvival.Tests.Imaging.Dicom;

/// <summary>
/// Real CT slices (the IBSI phantom) re-encoded by dcmtk in every transfer syntax: this reader must give the same
/// pixels and element values as pydicom reads from each file.
/// </summary>
public sealed class ReferenceCrossCheckTests
{
    private const string PydicomDump = """
        import hashlib, json, sys
        import numpy as np
        import pydicom
        numeric = {"DS", "IS", "US", "SS", "UL", "SL", "FL", "FD"}
        for path in sys.argv[1:]:
            ds = pydicom.dcmread(path)
            pixels = np.ascontiguousarray(ds.pixel_array.astype("<i4"))
            elements = {}
            for elem in ds:
                if elem.tag.is_private or elem.VR in ("SQ", "OB", "OW", "UN", "OF", "OD", "OL", "AT") or elem.tag == 0x7FE00010:
                    continue
                value = elem.value
                values = [] if value is None or value == "" else (list(value) if isinstance(value, (list, pydicom.multival.MultiValue)) else [value])
                elements["%08X" % elem.tag] = {"vr": elem.VR, "values": [float(v) if elem.VR in numeric else str(v).strip() for v in values]}
            print(json.dumps({"path": path, "ts": str(ds.file_meta.TransferSyntaxUID),
                              "sha256": hashlib.sha256(pixels.tobytes()).hexdigest(), "elements": elements}))
        """;

    [Fact]
    public void Phantom_slices_in_every_transfer_syntax_match_pydicom()
    {
        var slices = Directory.GetFiles(TestPaths.PhantomImages, "*.dcm").Order(StringComparer.Ordinal).ToArray();
        using var folder = new TemporaryFolder();
        var files = new List<string>();
        foreach (var slice in new[] { slices[0], slices[29], slices[^1] })
        {
            var name = Path.GetFileNameWithoutExtension(slice);
            files.Add(slice); // implicit VR little endian as published
            foreach (var (flag, suffix) in new[] { ("+te", "explicit-le"), ("+tb", "explicit-be"), ("+td", "deflated") })
            {
                files.Add(folder.File($"{name}-{suffix}.dcm"));
                ReferenceTools.Run("dcmconv", flag, slice, files[^1]);
            }
            files.Add(folder.File($"{name}-rle.dcm"));
            ReferenceTools.Run("dcmcrle", slice, files[^1]);
        }

        var reference = ReferenceTools.RunPython(PydicomDump, [.. files])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(files.Count, reference.Count);
        var syntaxes = new HashSet<string>();
        var comparedElements = 0;
        foreach (var expected in reference)
        {
            var file = DicomFile.Read(expected.GetProperty("path").GetString()!);
            Assert.Equal(expected.GetProperty("ts").GetString(), file.TransferSyntax.Uid);
            syntaxes.Add(file.TransferSyntax.Uid);

            var stored = file.GetPixelData().GetStoredValues(0);
            var bytes = new byte[stored.Length * 4];
            Buffer.BlockCopy(stored, 0, bytes, 0, bytes.Length);
            Assert.Equal(expected.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));

            foreach (var property in expected.GetProperty("elements").EnumerateObject())
            {
                var tag = DicomTag.FromValue(uint.Parse(property.Name, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                var element = file.Dataset.GetElementOrNull(tag);
                Assert.True(element is not null, $"{file.Source}: {tag} read by pydicom is missing");
                var vr = property.Value.GetProperty("vr").GetString();
                Assert.Equal(vr, element!.VR.ToString());
                var values = property.Value.GetProperty("values").EnumerateArray().ToList();
                if (vr is "DS" or "IS" or "US" or "SS" or "UL" or "SL" or "FL" or "FD")
                    Assert.Equal(values.Select(v => v.GetDouble()), file.Dataset.GetDoubles(tag));
                else
                    Assert.Equal(values.Select(v => v.GetString()), file.Dataset.GetStrings(tag));
                comparedElements++;
            }
        }
        Assert.Equal(5, syntaxes.Count);
        Assert.True(comparedElements > 15 * 30, $"only {comparedElements} element values compared");
    }
}
