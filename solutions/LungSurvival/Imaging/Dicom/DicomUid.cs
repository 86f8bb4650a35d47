using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>
/// UIDs this suite generates, under the root 2.25 (PS3.5 B.2: a UUID written as one decimal integer), so no
/// registered organisation root is needed; and the SOP class UIDs it reads and writes.
/// </summary>
public static class DicomUid
{
    public const string UuidRoot = "2.25";

    public const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";
    public const string SegmentationStorage = "1.2.840.10008.5.1.4.1.1.66.4";
    public const string RtStructureSetStorage = "1.2.840.10008.5.1.4.1.1.481.3";

    /// <summary>Identifies this writer in the file meta group (0002,0012); derived from a fixed name, so stable.</summary>
    public static readonly string ImplementationClassUid = FromName("Solutions.LungSurvival DICOM writer");

    public const string ImplementationVersionName = "LUNGSURV_1";

    /// <summary>A new random UID (UUID version 4 under 2.25).</summary>
    public static string Generate() => FromGuid(Guid.NewGuid());

    /// <summary>
    /// A UID determined by a name, e.g. "cohort seed 42 / patient 7 / series", so that seeded outputs are
    /// reproducible: SHA-256 of the UTF-8 name, cut to 128 bits and marked as a name-based UUID (RFC 9562 version 8).
    /// </summary>
    public static string FromName(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return FromBigEndianBytes(hash.AsSpan(0, 16));
    }

    public static string FromGuid(Guid guid) => FromBigEndianBytes(guid.ToByteArray(bigEndian: true));

    private static string FromBigEndianBytes(ReadOnlySpan<byte> bytes)
    {
        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        return UuidRoot + "." + value.ToString(CultureInfo.InvariantCulture);
    }
}
