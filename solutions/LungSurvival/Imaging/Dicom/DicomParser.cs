using System.Buffers.Binary;
using System.Text;

namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>
/// Parses a data set from a byte buffer (PS3.5 7). Values are slices of the buffer, not copies (big-endian
/// values are copied once, swapped). Every length is checked against the bytes left in its enclosing item or
/// file before anything is sliced or allocated, every loop consumes at least one 8-byte header, and sequences
/// nest at most <see cref="MaxDepth"/> deep, so hostile input ends in a <see cref="DicomFormatException"/>.
/// </summary>
internal sealed class DicomParser(byte[] data, string source, long offsetBase)
{
    private const int MaxDepth = DicomFile.MaxSequenceDepth;
    private const uint UndefinedLength = 0xFFFFFFFF;

    private bool explicitVR;
    private bool bigEndian;

    /// <summary>Current read position in <c>data</c>.</summary>
    public int Position { get; set; }

    /// <summary>Reads the file meta group (group 0002, always explicit VR little endian) from the current position.</summary>
    public DicomDataset ReadMetaGroup()
    {
        explicitVR = true;
        bigEndian = false;
        var meta = new DicomDataset(source, Encoding.ASCII);
        while (Position + 8 <= data.Length && BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(Position)) == 0x0002)
            meta.Put(ReadElement(meta, data.Length, 0));
        return meta;
    }

    public DicomDataset ReadDataset(bool isExplicitVR, bool isBigEndian)
    {
        explicitVR = isExplicitVR;
        bigEndian = isBigEndian;
        var dataset = new DicomDataset(source, Encoding.Latin1);
        ReadElements(dataset, data.Length, 0, untilItemDelimiter: false);
        return dataset;
    }

    private void ReadElements(DicomDataset dataset, int end, int depth, bool untilItemDelimiter)
    {
        var itemStart = Position;
        while (Position < end)
        {
            if (untilItemDelimiter && PeekTag(end) == DicomTag.ItemDelimitationItem)
            {
                Position += 8; // the delimiter's tag and its (zero) length
                return;
            }
            var element = ReadElement(dataset, end, depth);
            dataset.Put(element);
            if (element.Tag == DicomTag.SpecificCharacterSet && dataset.Decode(element).Contains("ISO_IR 192"))
                dataset.TextEncoding = Encoding.UTF8;
        }
        if (untilItemDelimiter)
            throw Error(itemStart, null, $"an item of undefined length ends at byte {offsetBase + end} without an item delimiter (FFFE,E00D)");
    }

    private DicomTag PeekTag(int end)
    {
        Require(Position, end, 4, null, "a tag");
        return new DicomTag(ReadUInt16(Position), ReadUInt16(Position + 2));
    }

    private DicomElement ReadElement(DicomDataset owner, int end, int depth)
    {
        var start = Position;
        Require(start, end, 8, null, "an element header");
        var tag = new DicomTag(ReadUInt16(start), ReadUInt16(start + 2));
        if (tag.Group == 0xFFFE)
            throw Error(start, tag, "an item or delimiter tag where a data element was expected");

        DicomVR vr;
        uint length;
        if (explicitVR)
        {
            if (!DicomVRCodes.TryParse(data[start + 4], data[start + 5], out vr))
                throw Error(start, tag, $"invalid VR bytes 0x{data[start + 4]:X2} 0x{data[start + 5]:X2}");
            if (DicomVRCodes.HasLongLength(vr))
            {
                Require(start, end, 12, tag, $"a {vr} element header");
                length = ReadUInt32(start + 8);
                Position = start + 12;
            }
            else
            {
                length = ReadUInt16(start + 6);
                Position = start + 8;
            }
        }
        else
        {
            vr = DicomDictionary.VRFor(tag);
            // "US or SS" attributes follow Pixel Representation (PS3.6, PS3.5 A.1 c), which precedes them.
            if (tag.Group == 0x0028 && tag.Element is 0x0106 or 0x0107 or 0x0108 or 0x0109 or 0x0120
                && owner.GetElementOrNull(DicomTag.PixelRepresentation) is { Bytes.Length: 2 } representation
                && representation.Bytes.Span[0] == 1)
                vr = DicomVR.SS;
            length = ReadUInt32(start + 4);
            Position = start + 8;
            // An unknown tag of undefined length can only be a sequence (PS3.5 7.5.1).
            if (length == UndefinedLength && vr == DicomVR.UN) vr = DicomVR.SQ;
        }

        if (length == UndefinedLength)
        {
            if (vr == DicomVR.SQ) return ReadSequence(tag, vr, start, end, end, depth + 1, defined: false, owner.TextEncoding);
            if (vr == DicomVR.UN)
            {
                // PS3.5 6.2.2: an explicit UN of undefined length holds a sequence in implicit VR little endian.
                var (wasExplicit, wasBig) = (explicitVR, bigEndian);
                (explicitVR, bigEndian) = (false, false);
                var sequence = ReadSequence(tag, DicomVR.SQ, start, end, end, depth + 1, defined: false, owner.TextEncoding);
                (explicitVR, bigEndian) = (wasExplicit, wasBig);
                return sequence;
            }
            if (tag == DicomTag.PixelData && vr is DicomVR.OB or DicomVR.OW) return ReadFragments(tag, vr, start, end);
            throw Error(start, tag, $"undefined length on a {vr} element (only SQ, UN and encapsulated pixel data may have one)");
        }

        if (length > (uint)(end - Position))
            throw Error(start, tag, $"value length {length} exceeds the {end - Position} bytes left in the {(end == data.Length ? "file" : "enclosing item")}");
        var valueEnd = Position + (int)length;
        if (vr == DicomVR.SQ) return ReadSequence(tag, vr, start, valueEnd, end, depth + 1, defined: true, owner.TextEncoding);

        ReadOnlyMemory<byte> value = data.AsMemory(Position, (int)length);
        var unit = DicomVRCodes.SwapUnit(vr);
        if (bigEndian && unit > 1) value = SwapToLittleEndian(value.Span, unit, start, tag);
        Position = valueEnd;
        return new DicomElement(tag, vr, value, offsetBase + start);
    }

    private DicomElement ReadSequence(DicomTag tag, DicomVR vr, int start, int sequenceEnd, int outerEnd, int depth, bool defined,
        Encoding encoding)
    {
        if (depth > MaxDepth) throw Error(start, tag, $"sequences nested deeper than {MaxDepth} levels");
        var items = new List<DicomDataset>();
        var limit = defined ? sequenceEnd : outerEnd;
        while (true)
        {
            if (defined && Position == sequenceEnd) break;
            var itemStart = Position;
            Require(itemStart, limit, 8, tag, "an item header");
            var itemTag = new DicomTag(ReadUInt16(itemStart), ReadUInt16(itemStart + 2));
            var itemLength = ReadUInt32(itemStart + 4);
            Position = itemStart + 8;
            if (itemTag == DicomTag.SequenceDelimitationItem && !defined) break;
            if (itemTag != DicomTag.Item)
                throw Error(itemStart, tag, $"expected an item (FFFE,E000) in the sequence, found {itemTag}");
            var item = new DicomDataset(source, encoding);
            if (itemLength == UndefinedLength)
            {
                ReadElements(item, limit, depth, untilItemDelimiter: true);
            }
            else
            {
                if (itemLength > (uint)(limit - Position))
                    throw Error(itemStart, tag, $"item length {itemLength} exceeds the {limit - Position} bytes left in the sequence");
                ReadElements(item, Position + (int)itemLength, depth, untilItemDelimiter: false);
            }
            items.Add(item);
        }
        return new DicomElement(tag, vr, ReadOnlyMemory<byte>.Empty, offsetBase + start, items);
    }

    private DicomElement ReadFragments(DicomTag tag, DicomVR vr, int start, int end)
    {
        var fragments = new List<ReadOnlyMemory<byte>>();
        while (true)
        {
            var itemStart = Position;
            Require(itemStart, end, 8, tag, "a pixel data fragment header");
            var itemTag = new DicomTag(ReadUInt16(itemStart), ReadUInt16(itemStart + 2));
            var length = ReadUInt32(itemStart + 4);
            Position = itemStart + 8;
            if (itemTag == DicomTag.SequenceDelimitationItem) break;
            if (itemTag != DicomTag.Item)
                throw Error(itemStart, tag, $"expected a pixel data fragment item (FFFE,E000), found {itemTag}");
            if (length > (uint)(end - Position))
                throw Error(itemStart, tag, $"fragment length {length} exceeds the {end - Position} bytes left in the file");
            fragments.Add(data.AsMemory(Position, (int)length));
            Position += (int)length;
        }
        if (fragments.Count == 0) throw Error(start, tag, "encapsulated pixel data without a basic offset table item");
        return new DicomElement(tag, vr, ReadOnlyMemory<byte>.Empty, offsetBase + start, fragments: fragments);
    }

    private byte[] SwapToLittleEndian(ReadOnlySpan<byte> value, int unit, int start, DicomTag tag)
    {
        if (value.Length % unit != 0)
            throw Error(start, tag, $"a value of {value.Length} bytes is not a whole number of {unit}-byte big-endian values");
        var copy = value.ToArray();
        for (var i = 0; i < copy.Length; i += unit) copy.AsSpan(i, unit).Reverse();
        return copy;
    }

    private void Require(int at, int end, int count, DicomTag? tag, string what)
    {
        if (end - at < count)
            throw Error(at, tag, $"{end - at} bytes left where {what} needs {count} (file truncated?)");
    }

    private ushort ReadUInt16(int at) => bigEndian
        ? BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at, 2))
        : BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(at, 2));

    private uint ReadUInt32(int at) => bigEndian
        ? BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at, 4))
        : BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(at, 4));

    private DicomFormatException Error(int at, DicomTag? tag, string problem) => new(source, offsetBase + at, tag, problem);
}
