namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>Who and what a written CT series belongs to. <see cref="ForPatient"/> derives every UID from a name.</summary>
public sealed record CtSeriesMetadata(
    string PatientId,
    string PatientName,
    string StudyInstanceUid,
    string SeriesInstanceUid,
    string FrameOfReferenceUid)
{
    public DateOnly StudyDate { get; init; } = new(2020, 1, 1);

    public string? PatientSex { get; init; }

    public DateOnly? PatientBirthDate { get; init; }

    public string SeriesDescription { get; init; } = "Synthetic chest CT";

    public int SeriesNumber { get; init; } = 1;

    /// <summary>
    /// Metadata whose UIDs are derived from <paramref name="uidSeed"/> and the patient ID (see
    /// <see cref="DicomUid.FromName"/>), so a seeded generator writes identical files on every run.
    /// </summary>
    public static CtSeriesMetadata ForPatient(string patientId, string uidSeed) => new(
        patientId,
        patientId,
        DicomUid.FromName($"{uidSeed}/{patientId}/study"),
        DicomUid.FromName($"{uidSeed}/{patientId}/ct-series"),
        DicomUid.FromName($"{uidSeed}/{patientId}/frame-of-reference"));
}
