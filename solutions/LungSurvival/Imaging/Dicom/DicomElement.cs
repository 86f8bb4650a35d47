namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>
/// One data element as read or set: its tag, VR and value bytes (always little endian, whatever the file's
/// byte order), the items of a sequence, or the fragments of encapsulated pixel data. Typed values are read
/// through <see cref="DicomDataset"/>, which knows the character set.
/// </summary>
public sealed class DicomElement
{
    internal DicomElement(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> bytes, long offset,
        IReadOnlyList<DicomDataset>? items = null, IReadOnlyList<ReadOnlyMemory<byte>>? fragments = null)
    {
        Tag = tag;
        VR = vr;
        Bytes = bytes;
        Offset = offset;
        Items = items ?? [];
        Fragments = fragments;
    }

    public DicomTag Tag { get; }

    public DicomVR VR { get; }

    /// <summary>The value bytes in little-endian order, without any decoding; empty for sequences.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>Byte offset of the element's tag in the file; -1 for elements set in memory.</summary>
    public long Offset { get; }

    /// <summary>The items of a sequence (SQ), empty for other VRs.</summary>
    public IReadOnlyList<DicomDataset> Items { get; }

    /// <summary>
    /// Encapsulated pixel data (PS3.5 A.4): the fragments in order, the first being the basic offset table;
    /// null for native values.
    /// </summary>
    public IReadOnlyList<ReadOnlyMemory<byte>>? Fragments { get; }

    public bool IsSequence => VR == DicomVR.SQ;

    public string Keyword => DicomDictionary.KeywordFor(Tag);

    public override string ToString() => $"{Tag} {VR} {Keyword}";
}
