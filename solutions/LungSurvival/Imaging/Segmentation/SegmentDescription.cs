namespace Solutions.LungSurvival.Imaging.Segmentation;

/// <summary>One segment of a DICOM SEG: its label, what it is (category and type codes) and how it was made.</summary>
public sealed record SegmentDescription(string Label, CodedConcept Category, CodedConcept Type, string AlgorithmType = "MANUAL")
{
    /// <summary>A tumour segment: SNOMED CT "Morphologically abnormal structure" / "Neoplasm".</summary>
    public static SegmentDescription Tumour(string label = "Tumour", string algorithmType = "MANUAL") => new(
        label,
        new CodedConcept("49755003", "SCT", "Morphologically abnormal structure"),
        new CodedConcept("108369006", "SCT", "Neoplasm"),
        algorithmType);
}
