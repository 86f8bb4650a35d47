using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Radiomics.Resampling;

/// <summary>An image and its mask on the same resampled grid.</summary>
public sealed record ResampledRegion(Volume3D<float> Image, Volume3D<byte> Mask);
