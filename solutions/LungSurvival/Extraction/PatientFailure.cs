namespace Solutions.LungSurvival.Extraction;

/// <summary>A patient left out of the features table because its files could not be read or its mask was unusable.</summary>
/// <param name="Message">What went wrong, naming the file.</param>
public sealed record PatientFailure(string CaseId, string Message);
