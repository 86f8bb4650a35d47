namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>A well-formed file in a transfer syntax this reader does not decode (JPEG family and others).</summary>
public sealed class DicomUnsupportedTransferSyntaxException(string source, string transferSyntaxUid)
    : NotSupportedException($"{source}: transfer syntax {transferSyntaxUid} is not supported; supported are implicit VR "
        + "little endian (1.2.840.10008.1.2), explicit VR little endian (1.2.840.10008.1.2.1), deflated explicit VR "
        + "little endian (1.2.840.10008.1.2.1.99), explicit VR big endian (1.2.840.10008.1.2.2) and RLE lossless "
        + "(1.2.840.10008.1.2.5); convert the file first, e.g. with dcmtk's dcmdjpeg")
{
    public string TransferSyntaxUid { get; } = transferSyntaxUid;
}
