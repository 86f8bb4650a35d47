using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Generation;

namespace Solutions.BirdDetection.Tests.Generation;

public sealed class CubDatasetGeneratorTests : IDisposable
{
    private static readonly BirdGenerationOptions Small = new(Species: 3, ImagesPerSpecies: 6, Seed: 7);

    private readonly string _parent = Directory.CreateTempSubdirectory("birds-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public void The_loader_reads_what_the_generator_writes()
    {
        var written = CubDatasetGenerator.Generate(Path.Combine(_parent, "data"), Small);

        var data = CubDataset.Load(written.Folder);

        Assert.Equal(written.Root, data.Root);
        Assert.Equal(written.Species.Select(s => s.FolderName), data.Classes.Select(c => c.FolderName));
        Assert.Equal(18, data.Images.Count);
        // 6 images per species: (6 + 1) / 2 = 3 train and 3 test each.
        Assert.All(data.Classes, c => Assert.Equal(3, data.TrainingImages.Count(i => i.Class == c)));
        Assert.Equal((9, 9), (written.TrainingImages, written.TestImages));
        foreach (var image in data.Images)
        {
            Assert.InRange(image.Width, BirdSceneRenderer.MinimumWidth, BirdSceneRenderer.MaximumWidth);
            Assert.True(image.Box.Right <= image.Width && image.Box.Bottom <= image.Height);
            Assert.EndsWith(".jpg", image.Path);
        }
        Assert.Contains("SYNTHETIC", File.ReadAllText(Path.Combine(written.Folder, CubDatasetGenerator.ReadmeFile)));
    }

    [Fact]
    public void Most_training_birds_face_right_and_test_birds_either_way()
    {
        var written = CubDatasetGenerator.Generate(Path.Combine(_parent, "data"), Small with { ImagesPerSpecies = 20 });

        // Per species: 10 training, round(0.9 * 10) = 9 facing right; 10 test, (10 + 1) / 2 = 5 facing right.
        Assert.Equal(3 * 9, written.RightFacingTrainingImages);
        Assert.Equal(3 * 5, written.RightFacingTestImages);
    }

    [Fact]
    public void The_same_seed_writes_byte_identical_files()
    {
        var first = CubDatasetGenerator.Generate(Path.Combine(_parent, "a"), Small);
        var second = CubDatasetGenerator.Generate(Path.Combine(_parent, "b"), Small);

        var files = RelativeFiles(first.Folder);
        Assert.Equal(files, RelativeFiles(second.Folder));
        Assert.Equal(18 + 5 + 1, files.Count);
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first.Folder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Folder, file))), file);
        }
    }

    [Fact]
    public void Another_seed_draws_other_images()
    {
        var first = CubDatasetGenerator.Generate(Path.Combine(_parent, "a"), Small);
        var second = CubDatasetGenerator.Generate(Path.Combine(_parent, "b"), Small with { Seed = 8 });

        Assert.NotEqual(File.ReadAllText(Path.Combine(first.Root, CubLayout.BoundingBoxesFile)), File.ReadAllText(Path.Combine(second.Root, CubLayout.BoundingBoxesFile)));
    }

    [Fact]
    public void Generating_again_replaces_the_folder_whole_and_leaves_no_staging_behind()
    {
        var folder = Path.Combine(_parent, "data");
        CubDatasetGenerator.Generate(folder, Small);
        File.WriteAllText(Path.Combine(folder, "stale.txt"), "from before");

        var written = CubDatasetGenerator.Generate(folder, Small with { Species = 2 });

        Assert.False(File.Exists(Path.Combine(folder, "stale.txt")));
        Assert.Equal(2, CubDataset.Load(folder).Classes.Count);
        Assert.Equal(12, written.Images);
        Assert.Equal(["data"], Directory.GetFileSystemEntries(_parent).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(201, 10)]
    [InlineData(5, 1)]
    public void Counts_out_of_range_are_refused_before_anything_is_written(int species, int imagesPerSpecies)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CubDatasetGenerator.Generate(Path.Combine(_parent, "data"), new BirdGenerationOptions(species, imagesPerSpecies)));

        Assert.Empty(Directory.GetFileSystemEntries(_parent));
    }

    private static List<string> RelativeFiles(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
