using Solutions.BirdDetection.Commands;
using Solutions.BirdDetection.Data;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.BirdDetection.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("birds-cli-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public async Task Generate_writes_a_data_set_the_loader_reads()
    {
        var folder = Path.Combine(_parent, "data");

        var (code, error) = await RunAsync("generate", "--out", folder, "--species", "2", "--images-per-species", "4", "--seed", "3");

        Assert.True(code == 0, error);
        var data = CubDataset.Load(folder);
        Assert.Equal(2, data.Classes.Count);
        Assert.Equal(8, data.Images.Count);
        Assert.Equal(4, data.TrainingImages.Count);
    }

    [Theory]
    [InlineData("--species", "0", "--species must be 1 to 200, not 0")]
    [InlineData("--species", "many", "--species must be a whole number")]
    [InlineData("--images-per-species", "1", "--images-per-species must be 2 to 10,000 (half train, half test), not 1")]
    [InlineData("--colour", "red", "has no option --colour")]
    public async Task A_bad_option_is_a_usage_error_that_says_what_to_fix(string option, string value, string expected)
    {
        var (code, error) = await RunAsync("generate", "--out", Path.Combine(_parent, "data"), option, value);

        Assert.Equal(SolutionCommandLine.UsageError, code);
        Assert.Contains(expected, error);
        Assert.Empty(Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void Generate_defaults_to_artifacts_birds_data_under_the_repository()
    {
        Assert.EndsWith(Path.Combine("artifacts", "birds", "data"), GenerateCommand.DefaultOutputFolder);
        Assert.True(File.Exists(Path.Combine(GenerateCommand.DefaultOutputFolder, "..", "..", "..", "Solutions.sln")));
    }

    private static async Task<(int Code, string Error)> RunAsync(params string[] args)
    {
        var error = new StringWriter();
        var code = await new SolutionCommandLine("BirdDetection", [new GenerateCommand()], TextWriter.Null, error).RunAsync(args, CancellationToken.None);
        return (code, error.ToString());
    }
}
