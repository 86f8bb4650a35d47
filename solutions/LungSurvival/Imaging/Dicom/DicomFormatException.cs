namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>A DICOM file that does not follow the encoding rules, with where the reader stopped.</summary>
public sealed class DicomFormatException : Exception
{
    public DicomFormatException(string source, long offset, DicomTag? tag, string problem)
        : base($"{source}: byte offset {offset}{(tag is { } t ? $", tag {t}" : "")}: {problem}")
    {
        FileName = source;
        Offset = offset;
        Tag = tag;
        Problem = problem;
    }

    /// <summary>The file path, or the name given for an in-memory buffer.</summary>
    public string FileName { get; }

    /// <summary>Byte offset in the file (in the inflated data set for deflated files) where the problem lies.</summary>
    public long Offset { get; }

    /// <summary>The element being read, when the problem lies within one.</summary>
    public DicomTag? Tag { get; }

    public string Problem { get; }
}
