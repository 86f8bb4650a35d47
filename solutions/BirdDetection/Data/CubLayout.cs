namespace Solutions.BirdDetection.Data;

/// <summary>
/// The file and folder names of the CUB-200-2011 data set as published: a top folder <see cref="TopFolder"/> holding
/// <see cref="ImagesFolder"/> (one sub-folder per class) and five space-separated text files keyed by image or class id.
/// </summary>
public static class CubLayout
{
    public const string TopFolder = "CUB_200_2011";

    public const string ImagesFolder = "images";

    /// <summary><c>&lt;image_id&gt; &lt;path under images/&gt;</c></summary>
    public const string ImagesFile = "images.txt";

    /// <summary><c>&lt;image_id&gt; &lt;class_id&gt;</c></summary>
    public const string ImageClassLabelsFile = "image_class_labels.txt";

    /// <summary><c>&lt;class_id&gt; &lt;class folder name&gt;</c>, e.g. <c>1 001.Black_footed_Albatross</c>.</summary>
    public const string ClassesFile = "classes.txt";

    /// <summary><c>&lt;image_id&gt; &lt;x&gt; &lt;y&gt; &lt;width&gt; &lt;height&gt;</c>, pixels from the top-left corner.</summary>
    public const string BoundingBoxesFile = "bounding_boxes.txt";

    /// <summary><c>&lt;image_id&gt; &lt;1 = training | 0 = test&gt;</c></summary>
    public const string TrainTestSplitFile = "train_test_split.txt";

    /// <summary>
    /// The folder holding <see cref="ImagesFile"/>: <paramref name="folder"/> itself, or its <see cref="TopFolder"/>
    /// sub-folder (so both the extracted archive's parent and the data set folder can be given).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">Neither holds <see cref="ImagesFile"/>.</exception>
    public static string FindRoot(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (File.Exists(Path.Combine(full, ImagesFile))) return full;
        var nested = Path.Combine(full, TopFolder);
        if (File.Exists(Path.Combine(nested, ImagesFile))) return nested;
        throw new DirectoryNotFoundException(
            $"'{full}' is not a CUB-200-2011 data set: expected {ImagesFile} in it or in its {TopFolder}{Path.DirectorySeparatorChar} sub-folder " +
            $"(with {ImageClassLabelsFile}, {ClassesFile}, {BoundingBoxesFile}, {TrainTestSplitFile} and {ImagesFolder}{Path.DirectorySeparatorChar}).");
    }
}
