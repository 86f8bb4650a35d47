namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>A person name (PN, PS3.5 6.2.1): the alphabetic group's five components, empty where absent.</summary>
public sealed record DicomPersonName(string FamilyName, string GivenName, string MiddleName, string Prefix, string Suffix)
{
    /// <summary>Parses "Family^Given^Middle^Prefix^Suffix", keeping the alphabetic group before any '='.</summary>
    public static DicomPersonName Parse(string value)
    {
        var alphabetic = value.Split('=')[0];
        var parts = alphabetic.Split('^');
        string Part(int i) => i < parts.Length ? parts[i].Trim() : "";
        return new DicomPersonName(Part(0), Part(1), Part(2), Part(3), Part(4));
    }

    public override string ToString() => string.Join('^', new[] { FamilyName, GivenName, MiddleName, Prefix, Suffix })
        .TrimEnd('^');
}
