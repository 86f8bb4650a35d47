using System.Buffers.Binary;

namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>
/// Writes a data set as a Part 10 file in explicit VR little endian: preamble, "DICM", a meta group built from
/// the data set's SOP Class and Instance UIDs, then the elements in tag order with values padded to even length
/// (UI with NUL, other strings with a space, bytes with 0). Sequences and items are written with undefined length.
/// </summary>
public static class DicomWriter
{
    public static void Write(string path, DicomDataset dataset)
    {
        using var stream = File.Create(path);
        Write(stream, dataset);
    }

    public static byte[] ToBytes(DicomDataset dataset)
    {
        using var stream = new MemoryStream();
        Write(stream, dataset);
        return stream.ToArray();
    }

    public static void Write(Stream stream, DicomDataset dataset)
    {
        var sopClass = dataset.GetStringOrNull(DicomTag.SopClassUid)
            ?? throw new ArgumentException("the data set needs a SOP Class UID (0008,0016) to be written as a file");
        var sopInstance = dataset.GetStringOrNull(DicomTag.SopInstanceUid)
            ?? throw new ArgumentException("the data set needs a SOP Instance UID (0008,0018) to be written as a file");

        var meta = new DicomDataset()
            .SetBytes(DicomTag.FileMetaInformationVersion, DicomVR.OB, new byte[] { 0, 1 })
            .Set(DicomTag.MediaStorageSopClassUid, DicomVR.UI, sopClass)
            .Set(DicomTag.MediaStorageSopInstanceUid, DicomVR.UI, sopInstance)
            .Set(DicomTag.TransferSyntaxUid, DicomVR.UI, TransferSyntax.ExplicitVRLittleEndian.Uid)
            .Set(DicomTag.ImplementationClassUid, DicomVR.UI, DicomUid.ImplementationClassUid)
            .Set(DicomTag.ImplementationVersionName, DicomVR.SH, DicomUid.ImplementationVersionName);
        using var metaBytes = new MemoryStream();
        WriteElements(metaBytes, meta);

        stream.Write(new byte[128]);
        stream.Write("DICM"u8);
        var groupLength = new DicomDataset().Set(DicomTag.FileMetaInformationGroupLength, DicomVR.UL, (double)metaBytes.Length);
        WriteElements(stream, groupLength);
        metaBytes.Position = 0;
        metaBytes.CopyTo(stream);
        WriteElements(stream, dataset, skipMetaGroup: true);
    }

    private static void WriteElements(Stream stream, DicomDataset dataset, bool skipMetaGroup = false)
    {
        foreach (var element in dataset)
        {
            if (skipMetaGroup && element.Tag.Group == 0x0002) continue;
            WriteElement(stream, element);
        }
    }

    private static void WriteElement(Stream stream, DicomElement element)
    {
        if (element.Fragments is not null)
            throw new NotSupportedException($"{element.Tag}: the writer writes native pixel data only, not encapsulated fragments");
        if (element.Tag.Group == 0xFFFE)
            throw new ArgumentException($"{element.Tag}: item and delimiter tags cannot be data set elements");

        if (element.IsSequence)
        {
            WriteHeader(stream, element.Tag, DicomVR.SQ, 0xFFFFFFFF);
            foreach (var item in element.Items)
            {
                WriteTag(stream, DicomTag.Item, 0xFFFFFFFF);
                WriteElements(stream, item);
                WriteTag(stream, DicomTag.ItemDelimitationItem, 0);
            }
            WriteTag(stream, DicomTag.SequenceDelimitationItem, 0);
            return;
        }

        var value = element.Bytes.Span;
        var padded = value.Length + (value.Length & 1);
        if (!DicomVRCodes.HasLongLength(element.VR) && padded > ushort.MaxValue - 1)
            throw new ArgumentException($"{element.Tag}: a {element.VR} value of {value.Length} bytes exceeds the 16-bit length of its VR");
        WriteHeader(stream, element.Tag, element.VR, (uint)padded);
        stream.Write(value);
        if (padded != value.Length)
            stream.WriteByte(element.VR == DicomVR.UI || !DicomVRCodes.IsString(element.VR) ? (byte)0 : (byte)' ');
    }

    private static void WriteHeader(Stream stream, DicomTag tag, DicomVR vr, uint length)
    {
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt16LittleEndian(header, tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], tag.Element);
        var (first, second) = DicomVRCodes.Bytes(vr);
        header[4] = first;
        header[5] = second;
        if (DicomVRCodes.HasLongLength(vr))
        {
            header[6] = header[7] = 0;
            BinaryPrimitives.WriteUInt32LittleEndian(header[8..], length);
            stream.Write(header);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], (ushort)length);
            stream.Write(header[..8]);
        }
    }

    private static void WriteTag(Stream stream, DicomTag tag, uint length)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt16LittleEndian(header, tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], tag.Element);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], length);
        stream.Write(header);
    }
}
