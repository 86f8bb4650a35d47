using Solutions.LungSurvival.Commands;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.LungSurvival.Tests.Commands;

/// <summary>A tiny cohort (3 patients of 64 x 64 x 20) generated once through the command line, for the end-to-end tests.</summary>
public sealed class GeneratedCohortFixture : IDisposable
{
    public const int Patients = 3;
    public const int Seed = 17;
    public const string Size = "64x64x20";

    public GeneratedCohortFixture()
    {
        Folder = Directory.CreateTempSubdirectory("cohort-").FullName;
        ExitCode = CommandLine.Run("generate-cohort", "--patients", $"{Patients}", "--out", Folder, "--seed", $"{Seed}", "--size", Size).ExitCode;
    }

    public string Folder { get; }

    public int ExitCode { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>Runs the solution's command line with captured output and error.</summary>
internal static class CommandLine
{
    public static (int ExitCode, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var code = new SolutionCommandLine("LungSurvival", [new GenerateCohortCommand(), new ConvertCommand(), new InspectCommand()], TextWriter.Null, error)
            .RunAsync(args, CancellationToken.None).GetAwaiter().GetResult();
        return (code, error.ToString());
    }
}
