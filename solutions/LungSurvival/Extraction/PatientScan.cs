using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Extraction;

/// <summary>One patient's CT in Hounsfield units and tumour mask (1 inside, 0 outside) on the same grid, ready for radiomics.</summary>
/// <param name="Warnings">What the readers noticed but could work around (e.g. a SEG frame repeated).</param>
public sealed record PatientScan(Volume3D<float> Image, Volume3D<byte> Mask, IReadOnlyList<string> Warnings);
