namespace Solutions.LungSurvival.Extraction;

/// <summary>A patient read from an archive: the scan, and the archive's <c>clinical.csv</c> row when it has one.</summary>
/// <param name="Clinical">Column to value, in the file's column order (it includes <c>Case ID</c>); null without a clinical.csv.</param>
public sealed record ArchivedPatient(PatientScan Scan, IReadOnlyDictionary<string, string>? Clinical);
