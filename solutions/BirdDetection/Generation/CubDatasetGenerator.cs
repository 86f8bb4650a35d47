using System.Globalization;
using System.Text;
using Solutions.BirdDetection.Data;
using Solutions.Shared.Data.IO;

namespace Solutions.BirdDetection.Generation;

/// <summary>
/// Writes a synthetic bird data set in the CUB-200-2011 layout (<see cref="CubLayout"/>), so the loader reads it as it
/// reads the real one and a user can swap the real data in. Images are drawn in parallel, each from its own seed.
/// </summary>
public static class CubDatasetGenerator
{
    public const string ReadmeFile = "README.txt";

    /// <summary>
    /// Generates into a staging folder beside <paramref name="folder"/> and then swaps it in, so the folder holds the
    /// old data set or the whole new one, never half of one.
    /// </summary>
    /// <param name="progress">Receives the fraction of images written, from 0 to 1.</param>
    public static GeneratedDataset Generate(string folder, BirdGenerationOptions options, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var species = SpeciesCatalogue.Create(options.Species, options.Seed);
        var plan = PlannedImage.For(species, options);
        var staging = AtomicDirectory.CreateStaging(folder);
        IReadOnlyList<SceneRecord> scenes;
        try
        {
            var root = Path.Combine(staging, CubLayout.TopFolder);
            foreach (var bird in species) Directory.CreateDirectory(Path.Combine(root, CubLayout.ImagesFolder, bird.FolderName));
            scenes = DrawAll(root, plan, options.Seed, progress, cancellationToken);
            WriteTextFiles(root, species, plan, scenes);
            File.WriteAllText(Path.Combine(staging, ReadmeFile), Readme(options, species, plan), new UTF8Encoding(false));
            AtomicDirectory.Publish(staging, folder);
        }
        catch
        {
            AtomicDirectory.Discard(staging);
            throw;
        }
        var full = Path.GetFullPath(folder);
        return new GeneratedDataset(full, Path.Combine(full, CubLayout.TopFolder), species,
            TrainingImages: plan.Count(p => p.IsTraining),
            TestImages: plan.Count(p => !p.IsTraining),
            RightFacingTrainingImages: plan.Count(p => p.IsTraining && p.FacesRight),
            RightFacingTestImages: plan.Count(p => !p.IsTraining && p.FacesRight),
            OccludedImages: scenes.Count(s => s.Occluded));
    }

    private static IReadOnlyList<SceneRecord> DrawAll(string root, IReadOnlyList<PlannedImage> plan, int seed, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var scenes = new SceneRecord[plan.Count];
        var done = 0;
        var gate = new object();
        Parallel.For(0, plan.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var image = plan[i];
            var scene = BirdSceneRenderer.Render(image.Species.Appearance, image.FacesRight, SeedStream.Derive(seed, image.Id));
            File.WriteAllBytes(Path.Combine(root, CubLayout.ImagesFolder, image.RelativePath), scene.Jpeg);
            scenes[i] = new SceneRecord(scene.Width, scene.Height, scene.Box, scene.Occluded);
            // Progress displays are not thread-safe; one report at a time.
            lock (gate) progress?.Report(++done / (double)plan.Count);
        });
        return scenes;
    }

    private static void WriteTextFiles(string root, IReadOnlyList<BirdSpecies> species, IReadOnlyList<PlannedImage> plan, IReadOnlyList<SceneRecord> scenes)
    {
        Write(root, CubLayout.ClassesFile, species.Select(s => $"{s.Id} {s.FolderName}"));
        Write(root, CubLayout.ImagesFile, plan.Select(p => $"{p.Id} {p.RelativePath}"));
        Write(root, CubLayout.ImageClassLabelsFile, plan.Select(p => $"{p.Id} {p.Species.Id}"));
        Write(root, CubLayout.TrainTestSplitFile, plan.Select(p => $"{p.Id} {(p.IsTraining ? 1 : 0)}"));
        Write(root, CubLayout.BoundingBoxesFile, plan.Select((p, i) => $"{p.Id} {BoxText(scenes[i])}"));
    }

    /// <summary>Whole pixels with one decimal, as CUB writes them, rounded outward but kept inside the image.</summary>
    private static string BoxText(SceneRecord scene)
    {
        var left = Math.Max(0, Math.Floor(scene.Box.X));
        var top = Math.Max(0, Math.Floor(scene.Box.Y));
        var right = Math.Min(scene.Width, Math.Ceiling(scene.Box.Right));
        var bottom = Math.Min(scene.Height, Math.Ceiling(scene.Box.Bottom));
        return string.Create(CultureInfo.InvariantCulture, $"{left:F1} {top:F1} {right - left:F1} {bottom - top:F1}");
    }

    private static void Write(string root, string file, IEnumerable<string> lines) =>
        File.WriteAllText(Path.Combine(root, file), string.Concat(lines.Select(l => l + "\n")), new UTF8Encoding(false));

    private static string Readme(BirdGenerationOptions options, IReadOnlyList<BirdSpecies> species, IReadOnlyList<PlannedImage> plan) =>
        $"""
        SYNTHETIC bird data set: drawn by a program, not photographed. The species are made up.

        Generated by BirdDetection's `generate` command with seed {options.Seed}: {species.Count} species x {options.ImagesPerSpecies} images
        = {plan.Count} JPEG images, {plan.Count(p => p.IsTraining)} for training and {plan.Count(p => !p.IsTraining)} for test.
        The same seed gives byte-identical files.

        The files follow the layout of the Caltech-UCSD Birds-200-2011 data set (CUB-200-2011,
        https://www.vision.caltech.edu/datasets/cub_200_2011/), so the real data set can be put in its place:

          {CubLayout.TopFolder}/
            {CubLayout.ImagesFolder}/<class folder>/<file>.jpg
            {CubLayout.ImagesFile,-23}<image_id> <path under images/>
            {CubLayout.ImageClassLabelsFile,-23}<image_id> <class_id>
            {CubLayout.ClassesFile,-23}<class_id> <class folder name>
            {CubLayout.BoundingBoxesFile,-23}<image_id> <x> <y> <width> <height>   (pixels, from the top-left corner)
            {CubLayout.TrainTestSplitFile,-23}<image_id> <1 = training | 0 = test>

        Ids are 1-based. Each image shows one bird of one species on a cluttered backdrop, sometimes partly
        hidden by leaves. About {BirdGenerationOptions.TrainingRightFacingShare * 100:F0}% of training birds face right; test birds face
        either way half the time, so horizontal-flip augmentation has something to fix.

        Species:
        {string.Join("\n", species.Select(s => $"  {s.Id,3} {s.Name}"))}

        """.ReplaceLineEndings("\n");

    private sealed record SceneRecord(int Width, int Height, PixelBox Box, bool Occluded);
}
