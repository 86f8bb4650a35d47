namespace Solutions.BirdDetection.Features;

/// <summary>Which versions of each image to featurize: as stored, mirrored left to right, or both.</summary>
[Flags]
public enum ImageFlips
{
    Plain = 1,
    Mirrored = 2,
    Both = Plain | Mirrored,
}
