namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>The two-letter codes of <see cref="DicomVR"/> and how each is laid out (PS3.5 6.2, 7.1.2).</summary>
internal static class DicomVRCodes
{
    private static readonly DicomVR?[] ByCode = BuildLookup();

    /// <summary>Maps the two ASCII bytes of an explicit VR; false for anything that is not a VR.</summary>
    public static bool TryParse(byte first, byte second, out DicomVR vr)
    {
        vr = default;
        if (first is < (byte)'A' or > (byte)'Z' || second is < (byte)'A' or > (byte)'Z') return false;
        var found = ByCode[(first - 'A') * 26 + (second - 'A')];
        if (found is null) return false;
        vr = found.Value;
        return true;
    }

    public static (byte First, byte Second) Bytes(DicomVR vr)
    {
        var name = vr.ToString();
        return ((byte)name[0], (byte)name[1]);
    }

    /// <summary>VRs whose explicit encoding has two reserved bytes and a 32-bit length (PS3.5 table 7.1-1).</summary>
    public static bool HasLongLength(DicomVR vr) => vr is DicomVR.OB or DicomVR.OD or DicomVR.OF or DicomVR.OL
        or DicomVR.OV or DicomVR.OW or DicomVR.SQ or DicomVR.SV or DicomVR.UC or DicomVR.UN or DicomVR.UR
        or DicomVR.UT or DicomVR.UV;

    /// <summary>Character-string VRs, padded with a space to an even length (UI with a NUL).</summary>
    public static bool IsString(DicomVR vr) => vr is DicomVR.AE or DicomVR.AS or DicomVR.CS or DicomVR.DA
        or DicomVR.DS or DicomVR.DT or DicomVR.IS or DicomVR.LO or DicomVR.LT or DicomVR.PN or DicomVR.SH
        or DicomVR.ST or DicomVR.TM or DicomVR.UC or DicomVR.UI or DicomVR.UR or DicomVR.UT;

    /// <summary>Text VRs whose value is one string: a backslash in them is text, not a separator.</summary>
    public static bool IsSingleValuedText(DicomVR vr) => vr is DicomVR.LT or DicomVR.ST or DicomVR.UT or DicomVR.UR;

    /// <summary>Size in bytes of one binary value, the unit a big-endian value is swapped in; 1 for bytes and text.</summary>
    public static int SwapUnit(DicomVR vr) => vr switch
    {
        DicomVR.AT or DicomVR.OW or DicomVR.SS or DicomVR.US => 2,
        DicomVR.FL or DicomVR.OF or DicomVR.OL or DicomVR.SL or DicomVR.UL => 4,
        DicomVR.FD or DicomVR.OD or DicomVR.OV or DicomVR.SV or DicomVR.UV => 8,
        _ => 1,
    };

    private static DicomVR?[] BuildLookup()
    {
        var table = new DicomVR?[26 * 26];
        foreach (var vr in Enum.GetValues<DicomVR>())
        {
            var name = vr.ToString();
            table[(name[0] - 'A') * 26 + (name[1] - 'A')] = vr;
        }
        return table;
    }
}
