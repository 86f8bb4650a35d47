namespace Solutions.ChurnPrediction.Tests.Fixtures;

/// <summary>
/// <c>run --data &lt;first 1,200 real customers&gt; --out &lt;temp&gt; --seed 7</c> through the command line, once,
/// for the tests of <see cref="RunCommandOutputCollection"/> (the run command's own tests, and evaluate and
/// predict, which use the bundle it writes).
/// </summary>
public sealed class RunCommandOutput : IDisposable
{
    private readonly TempFolder _folder = new();

    public RunCommandOutput()
    {
        DataPath = ChurnFiles.WriteSlice(_folder.Combine("customers.csv"), 0, ChurnFiles.TrainingRows);
        OutputFolder = _folder.Combine("run");
        Outcome = ChurnCommandLine.RunAsync("run", "--data", DataPath, "--out", OutputFolder, "--seed", "7")
            .GetAwaiter().GetResult();
    }

    public string DataPath { get; }

    public string OutputFolder { get; }

    public string ModelFolder => Path.Combine(OutputFolder, "model");

    public CommandOutcome Outcome { get; }

    public void Dispose() => _folder.Dispose();
}
