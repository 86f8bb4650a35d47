using System.Buffers.Binary;
using System.Collections;
using System.Globalization;
using System.Text;

namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>
/// A DICOM data set: elements keyed by tag, enumerated in ascending tag order. Getters throw a
/// <see cref="DicomFormatException"/> naming the file and tag when a required value is missing or malformed;
/// the <c>OrNull</c> getters return null for an absent or empty value.
/// </summary>
public sealed class DicomDataset : IEnumerable<DicomElement>
{
    private readonly Dictionary<uint, DicomElement> elements = [];
    private DicomElement[]? sorted;

    public DicomDataset()
        : this("(in memory)", Encoding.Latin1)
    {
    }

    internal DicomDataset(string source, Encoding encoding)
    {
        Source = source;
        TextEncoding = encoding;
    }

    /// <summary>The file this data set was read from, used in error messages.</summary>
    public string Source { get; }

    /// <summary>Latin-1 (a superset of the default repertoire) unless Specific Character Set says ISO_IR 192 (UTF-8).</summary>
    internal Encoding TextEncoding { get; set; }

    public int Count => elements.Count;

    public bool Contains(DicomTag tag) => elements.ContainsKey(tag.Value);

    public DicomElement? GetElementOrNull(DicomTag tag) => elements.GetValueOrDefault(tag.Value);

    public IEnumerator<DicomElement> GetEnumerator()
    {
        sorted ??= [.. elements.Values.OrderBy(e => e.Tag.Value)];
        return ((IEnumerable<DicomElement>)sorted).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // ---- Reading typed values ----

    /// <summary>The whole string value with padding trimmed; null when absent or empty.</summary>
    public string? GetStringOrNull(DicomTag tag)
    {
        if (GetElementOrNull(tag) is not { } element || element.IsSequence) return null;
        var text = Decode(element);
        return text.Length == 0 ? null : text;
    }

    public string GetString(DicomTag tag) => GetStringOrNull(tag) ?? throw Missing(tag);

    /// <summary>The values of a multi-valued string (split at backslashes, each trimmed); empty when absent.</summary>
    public string[] GetStrings(DicomTag tag)
    {
        if (GetElementOrNull(tag) is not { } element || element.IsSequence) return [];
        var text = Decode(element);
        if (text.Length == 0) return [];
        if (DicomVRCodes.IsSingleValuedText(element.VR)) return [text];
        var values = text.Split('\\');
        for (var i = 0; i < values.Length; i++) values[i] = values[i].Trim(' ', '\0');
        return values;
    }

    /// <summary>Numbers of a DS, IS or binary numeric element (FL, FD, US, SS, UL, SL); empty when absent.</summary>
    public double[] GetDoubles(DicomTag tag)
    {
        if (GetElementOrNull(tag) is not { } element) return [];
        switch (element.VR)
        {
            case DicomVR.FL or DicomVR.OF: return Binary(element, 4, s => BinaryPrimitives.ReadSingleLittleEndian(s));
            case DicomVR.FD or DicomVR.OD: return Binary(element, 8, s => BinaryPrimitives.ReadDoubleLittleEndian(s));
            case DicomVR.US or DicomVR.OW: return Binary(element, 2, s => BinaryPrimitives.ReadUInt16LittleEndian(s));
            case DicomVR.SS: return Binary(element, 2, s => BinaryPrimitives.ReadInt16LittleEndian(s));
            case DicomVR.UL or DicomVR.OL: return Binary(element, 4, s => BinaryPrimitives.ReadUInt32LittleEndian(s));
            case DicomVR.SL: return Binary(element, 4, s => BinaryPrimitives.ReadInt32LittleEndian(s));
            case DicomVR.DS or DicomVR.IS:
                var texts = GetStrings(tag);
                var values = new double[texts.Length];
                for (var i = 0; i < texts.Length; i++)
                {
                    if (!double.TryParse(texts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])
                        || !double.IsFinite(values[i]))
                        throw Malformed(element, $"value {i + 1} '{Shorten(texts[i])}' is not a decimal number");
                }
                return values;
            default:
                throw Malformed(element, $"a {element.VR} value is not numeric");
        }
    }

    public double? GetDoubleOrNull(DicomTag tag) => GetDoubles(tag) is [var first, ..] ? first : null;

    public double GetDouble(DicomTag tag) => GetDoubleOrNull(tag) ?? throw Missing(tag);

    /// <summary>Integers of an IS or binary integer element; a non-integral or out-of-range value is an error.</summary>
    public int[] GetInts(DicomTag tag)
    {
        var doubles = GetDoubles(tag);
        var values = new int[doubles.Length];
        for (var i = 0; i < doubles.Length; i++)
        {
            var d = doubles[i];
            if (d != Math.Floor(d) || d < int.MinValue || d > int.MaxValue)
                throw Malformed(GetElementOrNull(tag)!, $"value {i + 1} ({d.ToString(CultureInfo.InvariantCulture)}) is not a 32-bit integer");
            values[i] = (int)d;
        }
        return values;
    }

    public int? GetIntOrNull(DicomTag tag) => GetInts(tag) is [var first, ..] ? first : null;

    public int GetInt(DicomTag tag) => GetIntOrNull(tag) ?? throw Missing(tag);

    /// <summary>The items of a sequence; empty when absent. A non-sequence element is an error.</summary>
    public IReadOnlyList<DicomDataset> GetSequence(DicomTag tag)
    {
        if (GetElementOrNull(tag) is not { } element) return [];
        return element.IsSequence ? element.Items : throw Malformed(element, $"expected a sequence (SQ), found {element.VR}");
    }

    /// <summary>A DA value (YYYYMMDD, or the older YYYY.MM.DD); null when absent or empty.</summary>
    public DateOnly? GetDateOrNull(DicomTag tag)
    {
        if (GetStringOrNull(tag) is not { } text) return null;
        var compact = text.Replace(".", "");
        return DateOnly.TryParseExact(compact, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Malformed(GetElementOrNull(tag)!, $"'{Shorten(text)}' is not a date (YYYYMMDD)");
    }

    /// <summary>A TM value (HH, HHMM, HHMMSS or HHMMSS.FFFFFF, or the older HH:MM:SS); null when absent or empty.</summary>
    public TimeOnly? GetTimeOrNull(DicomTag tag)
    {
        if (GetStringOrNull(tag) is not { } text) return null;
        var compact = text.Replace(":", "");
        var dot = compact.IndexOf('.');
        var whole = dot < 0 ? compact : compact[..dot];
        var fraction = dot < 0 ? "" : compact[(dot + 1)..];
        if (whole.Length is 2 or 4 or 6 && whole.All(char.IsAsciiDigit) && fraction.All(char.IsAsciiDigit) && fraction.Length <= 6)
        {
            var hour = int.Parse(whole[..2], CultureInfo.InvariantCulture);
            var minute = whole.Length >= 4 ? int.Parse(whole[2..4], CultureInfo.InvariantCulture) : 0;
            // Leap second 60 is legal in TM; TimeOnly has none, so it is read as 59.
            var second = whole.Length >= 6 ? Math.Min(59, int.Parse(whole[4..6], CultureInfo.InvariantCulture)) : 0;
            var micro = fraction.Length == 0 ? 0 : int.Parse(fraction.PadRight(6, '0'), CultureInfo.InvariantCulture);
            if (hour < 24 && minute < 60)
                return new TimeOnly(hour, minute, second).Add(TimeSpan.FromTicks(micro * 10L));
        }
        throw Malformed(GetElementOrNull(tag)!, $"'{Shorten(text)}' is not a time (HHMMSS.FFFFFF)");
    }

    public DicomPersonName? GetPersonNameOrNull(DicomTag tag) =>
        GetStringOrNull(tag) is { } text ? DicomPersonName.Parse(text) : null;

    // ---- Setting values (for writing) ----

    /// <summary>Sets a string element; several values are joined with backslashes.</summary>
    public DicomDataset Set(DicomTag tag, DicomVR vr, params string[] values)
    {
        if (!DicomVRCodes.IsString(vr)) throw new ArgumentException($"{tag}: {vr} is not a string VR", nameof(vr));
        var text = string.Join('\\', values);
        return Put(new DicomElement(tag, vr, TextEncoding.GetBytes(text), -1));
    }

    /// <summary>Sets numbers: DS and IS as text (shortest round-trip form), FL, FD, US, SS, UL and SL as binary.</summary>
    public DicomDataset Set(DicomTag tag, DicomVR vr, params double[] values)
    {
        switch (vr)
        {
            case DicomVR.DS:
                return Set(tag, vr, values.Select(FormatDecimalString).ToArray());
            case DicomVR.IS:
                return Set(tag, vr, values.Select(v => ((long)v).ToString(CultureInfo.InvariantCulture)).ToArray());
        }
        var unit = DicomVRCodes.SwapUnit(vr);
        var bytes = new byte[values.Length * unit];
        for (var i = 0; i < values.Length; i++)
        {
            var slot = bytes.AsSpan(i * unit);
            var v = values[i];
            switch (vr)
            {
                case DicomVR.FL: BinaryPrimitives.WriteSingleLittleEndian(slot, (float)v); break;
                case DicomVR.FD: BinaryPrimitives.WriteDoubleLittleEndian(slot, v); break;
                case DicomVR.US: BinaryPrimitives.WriteUInt16LittleEndian(slot, checked((ushort)v)); break;
                case DicomVR.SS: BinaryPrimitives.WriteInt16LittleEndian(slot, checked((short)v)); break;
                case DicomVR.UL: BinaryPrimitives.WriteUInt32LittleEndian(slot, checked((uint)v)); break;
                case DicomVR.SL: BinaryPrimitives.WriteInt32LittleEndian(slot, checked((int)v)); break;
                default: throw new ArgumentException($"{tag}: {vr} is not a numeric VR", nameof(vr));
            }
        }
        return Put(new DicomElement(tag, vr, bytes, -1));
    }

    /// <summary>Sets an attribute-tag (AT) value: tags such as the Dimension Index Pointer.</summary>
    public DicomDataset Set(DicomTag tag, params DicomTag[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 4), values[i].Group);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 4 + 2), values[i].Element);
        }
        return Put(new DicomElement(tag, DicomVR.AT, bytes, -1));
    }

    /// <summary>Sets raw little-endian bytes (OB, OW, UN and the like).</summary>
    public DicomDataset SetBytes(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> bytes)
    {
        if (vr == DicomVR.SQ) throw new ArgumentException($"{tag}: use SetSequence for SQ", nameof(vr));
        return Put(new DicomElement(tag, vr, bytes, -1));
    }

    public DicomDataset SetSequence(DicomTag tag, params DicomDataset[] items) =>
        Put(new DicomElement(tag, DicomVR.SQ, ReadOnlyMemory<byte>.Empty, -1, items));

    public bool Remove(DicomTag tag)
    {
        sorted = null;
        return elements.Remove(tag.Value);
    }

    internal DicomDataset Put(DicomElement element)
    {
        elements[element.Tag.Value] = element;
        sorted = null;
        return this;
    }

    /// <summary>Decodes a string value, trimming the padding (trailing spaces and NULs, and leading spaces where insignificant).</summary>
    internal string Decode(DicomElement element)
    {
        var text = TextEncoding.GetString(element.Bytes.Span);
        text = text.TrimEnd(' ', '\0');
        return element.VR is DicomVR.LT or DicomVR.ST or DicomVR.UT ? text : text.TrimStart(' ');
    }

    internal static string FormatDecimalString(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"DS values must be finite, got {value}");
        // DS holds at most 16 characters (PS3.5 6.2): use the shortest exact form, else drop digits until it fits.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        for (var digits = 15; text.Length > 16 && digits > 0; digits--)
            text = value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text;
    }

    private double[] Binary(DicomElement element, int unit, Func<ReadOnlySpan<byte>, double> read)
    {
        var span = element.Bytes.Span;
        if (span.Length % unit != 0)
            throw new DicomFormatException(Source, element.Offset, element.Tag,
                $"a {element.VR} value of {span.Length} bytes is not a multiple of {unit}");
        var values = new double[span.Length / unit];
        for (var i = 0; i < values.Length; i++) values[i] = read(span.Slice(i * unit, unit));
        return values;
    }

    private DicomFormatException Missing(DicomTag tag) =>
        new(Source, -1, tag, $"required attribute {DicomDictionary.KeywordFor(tag)} is missing or empty");

    private DicomFormatException Malformed(DicomElement element, string problem) =>
        new(Source, element.Offset, element.Tag, $"{DicomDictionary.KeywordFor(element.Tag)}: {problem}");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
