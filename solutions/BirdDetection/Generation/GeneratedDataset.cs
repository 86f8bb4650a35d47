namespace Solutions.BirdDetection.Generation;

/// <summary>What <see cref="CubDatasetGenerator.Generate"/> wrote.</summary>
/// <param name="Folder">The output folder, holding README.txt and the CUB_200_2011 folder.</param>
/// <param name="Root">The CUB_200_2011 folder, which <see cref="Data.CubDataset.Load"/> reads.</param>
/// <param name="RightFacingTrainingImages">Training images whose bird faces right (about 90%).</param>
/// <param name="RightFacingTestImages">Test images whose bird faces right (about half).</param>
/// <param name="OccludedImages">Images with leaves drawn over part of the bird.</param>
public sealed record GeneratedDataset(
    string Folder,
    string Root,
    IReadOnlyList<BirdSpecies> Species,
    int TrainingImages,
    int TestImages,
    int RightFacingTrainingImages,
    int RightFacingTestImages,
    int OccludedImages)
{
    public int Images => TrainingImages + TestImages;
}
