namespace Solutions.LungSurvival.Extraction;

/// <summary>A patient archive that is not what was expected: not a zip, over a limit, an unsafe entry name, a bad clinical.csv.</summary>
public sealed class ArchiveFormatException(string message) : IOException(message);
