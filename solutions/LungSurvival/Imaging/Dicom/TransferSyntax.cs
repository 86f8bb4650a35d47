namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>A transfer syntax (PS3.5 10): how a data set and its pixel data are encoded.</summary>
public sealed record TransferSyntax(string Uid, string Name, bool IsExplicitVR, bool IsBigEndian, bool IsDeflated,
    bool IsEncapsulated)
{
    public static readonly TransferSyntax ImplicitVRLittleEndian =
        new("1.2.840.10008.1.2", "Implicit VR Little Endian", false, false, false, false);
    public static readonly TransferSyntax ExplicitVRLittleEndian =
        new("1.2.840.10008.1.2.1", "Explicit VR Little Endian", true, false, false, false);
    public static readonly TransferSyntax DeflatedExplicitVRLittleEndian =
        new("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, false, true, false);
    public static readonly TransferSyntax ExplicitVRBigEndian =
        new("1.2.840.10008.1.2.2", "Explicit VR Big Endian (retired)", true, true, false, false);
    public static readonly TransferSyntax RleLossless =
        new("1.2.840.10008.1.2.5", "RLE Lossless", true, false, false, true);

    private static readonly TransferSyntax[] Supported =
        [ImplicitVRLittleEndian, ExplicitVRLittleEndian, DeflatedExplicitVRLittleEndian, ExplicitVRBigEndian, RleLossless];

    /// <summary>The supported syntax with this UID, or null (JPEG family, MPEG and others are not decoded).</summary>
    public static TransferSyntax? Find(string uid) => Array.Find(Supported, s => s.Uid == uid);
}
