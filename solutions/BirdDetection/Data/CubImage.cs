namespace Solutions.BirdDetection.Data;

/// <summary>One annotated image: where it is, which species it shows, the bird's box and the image's size.</summary>
/// <param name="Id">The 1-based CUB image id.</param>
/// <param name="Path">The image file's full path.</param>
/// <param name="Class">The species.</param>
/// <param name="ClassIndex">The 0-based position of <paramref name="Class"/> in <see cref="CubDataset.Classes"/>, as predictions give it.</param>
/// <param name="Box">The bird's box in pixels, inside the image.</param>
/// <param name="IsTraining">True for the training split, false for the test split.</param>
/// <param name="Width">The image's width in pixels, read from the file's header.</param>
/// <param name="Height">The image's height in pixels, read from the file's header.</param>
public sealed record CubImage(int Id, string Path, CubClass Class, int ClassIndex, PixelBox Box, bool IsTraining, int Width, int Height)
{
    /// <summary><see cref="Box"/> divided by the image's size, which is also the box in the stretched network input.</summary>
    public NormalisedBox NormalisedBox => Box.ToNormalised(Width, Height);
}
