using Solutions.BirdDetection.Generation;

namespace Solutions.BirdDetection.Tests.Commands;

/// <summary>
/// A tiny generated data set (3 species x 6 images: 9 training, 9 test) and three <c>run</c>s of 3 epochs on it, once,
/// for all tests of <see cref="BirdRunCollection"/>: two with seed 7 into separate folders, one with seed 8.
/// </summary>
public sealed class TinyBirdRuns : IDisposable
{
    public const int Epochs = 3;

    public TinyBirdRuns()
    {
        Parent = Directory.CreateTempSubdirectory("bird-runs-").FullName;
        DataFolder = Path.Combine(Parent, "data");
        CubDatasetGenerator.Generate(DataFolder, new BirdGenerationOptions(Species: 3, ImagesPerSpecies: 6, Seed: 5));
        First = Run("first", seed: 7);
        Second = Run("second", seed: 7);
        OtherSeed = Run("other-seed", seed: 8);
    }

    public string Parent { get; }

    public string DataFolder { get; }

    public (int Code, string Output, string Error, string Folder) First { get; }

    public (int Code, string Output, string Error, string Folder) Second { get; }

    public (int Code, string Output, string Error, string Folder) OtherSeed { get; }

    public void Dispose() => Directory.Delete(Parent, recursive: true);

    private (int, string, string, string) Run(string name, int seed)
    {
        var folder = Path.Combine(Parent, name);
        var (code, output, error) = BirdCommandLine.RunAsync(
            "run", "--data", DataFolder, "--out", folder, "--seed", seed.ToString(), "--epochs", Epochs.ToString()).GetAwaiter().GetResult();
        return (code, output, error, folder);
    }
}
