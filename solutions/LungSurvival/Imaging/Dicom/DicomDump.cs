using System.Globalization;
using System.Text;

namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>A readable listing of a file's elements (tag, VR, length, keyword, value), in the spirit of dcmdump.</summary>
public static class DicomDump
{
    private const int MaxTextLength = 64;
    private const int MaxValues = 8;

    public static string Format(DicomFile file)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {file.Source}");
        text.AppendLine(CultureInfo.InvariantCulture, $"# Transfer syntax: {file.TransferSyntax.Name} ({file.TransferSyntax.Uid})");
        if (file.FileMetaInformation.Count > 0)
        {
            text.AppendLine("# File meta information");
            Append(text, file.FileMetaInformation, 0);
        }
        text.AppendLine("# Data set");
        Append(text, file.Dataset, 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, DicomDataset dataset, int depth)
    {
        var indent = new string(' ', depth * 2);
        foreach (var element in dataset)
        {
            var keyword = element.Keyword;
            if (element.IsSequence)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{indent}{element.Tag} SQ {"",6} {keyword,-36} ({element.Items.Count} item{(element.Items.Count == 1 ? "" : "s")})");
                for (var i = 0; i < element.Items.Count; i++)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"{indent}  > item {i + 1}");
                    Append(text, element.Items[i], depth + 2);
                }
                continue;
            }
            var length = element.Fragments is null ? element.Bytes.Length.ToString(CultureInfo.InvariantCulture) : "u/l";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{indent}{element.Tag} {element.VR} {length,6} {keyword,-36} {Value(dataset, element)}");
        }
    }

    private static string Value(DicomDataset dataset, DicomElement element)
    {
        if (element.Fragments is { } fragments)
            return $"(encapsulated: offset table and {fragments.Count - 1} fragment(s), {fragments.Sum(f => (long)f.Length)} bytes)";
        try
        {
            if (DicomVRCodes.IsString(element.VR))
            {
                var value = dataset.Decode(element).Replace("\r", "\\r").Replace("\n", "\\n");
                return value.Length <= MaxTextLength ? $"[{value}]" : $"[{value[..MaxTextLength]}...]";
            }
            return element.VR switch
            {
                DicomVR.US or DicomVR.SS or DicomVR.UL or DicomVR.SL or DicomVR.FL or DicomVR.FD =>
                    Join(dataset.GetDoubles(element.Tag).Select(v => v.ToString("G9", CultureInfo.InvariantCulture))),
                DicomVR.AT => Join(Tags(element.Bytes.Span)),
                _ => Hex(element.Bytes.Span),
            };
        }
        catch (DicomFormatException e)
        {
            return $"(unreadable: {e.Problem})";
        }
    }

    private static IEnumerable<string> Tags(ReadOnlySpan<byte> bytes)
    {
        var tags = new List<string>();
        for (var i = 0; i + 4 <= bytes.Length; i += 4)
            tags.Add(new DicomTag(BitConverter.ToUInt16(bytes[i..]), BitConverter.ToUInt16(bytes[(i + 2)..])).ToString());
        return tags;
    }

    private static string Join(IEnumerable<string> values)
    {
        var list = values.ToList();
        var shown = string.Join('\\', list.Take(MaxValues));
        return list.Count > MaxValues ? $"{shown}\\... ({list.Count} values)" : shown;
    }

    private static string Hex(ReadOnlySpan<byte> bytes)
    {
        var shown = Convert.ToHexString(bytes[..Math.Min(16, bytes.Length)]).ToLowerInvariant();
        return bytes.Length > 16 ? $"{shown}... ({bytes.Length} bytes)" : shown;
    }
}
