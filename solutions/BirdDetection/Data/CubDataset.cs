namespace Solutions.BirdDetection.Data;

/// <summary>A loaded CUB-200-2011-format data set, restricted to the selected classes.</summary>
/// <param name="Root">The folder holding images.txt.</param>
/// <param name="Classes">The selected classes in id order; an image's <see cref="CubImage.ClassIndex"/> indexes this list.</param>
/// <param name="Images">The images of the selected classes in id order.</param>
public sealed record CubDataset(string Root, IReadOnlyList<CubClass> Classes, IReadOnlyList<CubImage> Images)
{
    /// <summary>
    /// How far, in pixels, a box may reach past the image's edge and be clamped rather than refused: the published
    /// boxes' edges are rounded and a few reach a pixel beyond the image.
    /// </summary>
    public const double BoxOvershootTolerance = 2;

    /// <summary>The five classes AWS's SageMaker object detection example keeps by default (CUB ids 17, 36, 47, 68, 73).</summary>
    public static IReadOnlyList<int> SageMakerExampleClassIds { get; } = [17, 36, 47, 68, 73];

    public IReadOnlyList<CubImage> TrainingImages => Images.Where(i => i.IsTraining).ToList();

    public IReadOnlyList<CubImage> TestImages => Images.Where(i => !i.IsTraining).ToList();

    /// <summary>
    /// Reads a data set laid out as the published CUB-200-2011 (see <see cref="CubLayout"/>), keeping the classes whose
    /// 1-based ids are in <paramref name="classIds"/> (all classes when null or empty). Each image's size is read from
    /// its JPEG or PNG header; a box overshooting the image by up to <see cref="BoxOvershootTolerance"/>
    /// pixels is clamped to it.
    /// </summary>
    /// <param name="folder">The CUB_200_2011 folder, or the folder holding it.</param>
    /// <exception cref="Solutions.Shared.Data.Tabular.TabularDataException">
    /// A malformed line, an unknown or duplicate id, a missing or unreadable image, or a box outside its image; the
    /// message names the file, line and field.
    /// </exception>
    /// <exception cref="DirectoryNotFoundException">The folder holds no images.txt.</exception>
    public static CubDataset Load(string folder, IReadOnlyCollection<int>? classIds = null) => CubDatasetLoader.Load(folder, classIds);
}
