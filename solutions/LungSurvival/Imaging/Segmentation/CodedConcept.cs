namespace Solutions.LungSurvival.Imaging.Segmentation;

/// <summary>A code sequence item (PS3.3 8.8): value, coding scheme and meaning, e.g. SCT 108369006 "Neoplasm".</summary>
public sealed record CodedConcept(string Value, string Scheme, string Meaning);
