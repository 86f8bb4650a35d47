using System.Globalization;
using Solutions.LungSurvival.Commands;
using Solutions.LungSurvival.Extraction;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Discretisation;
using Solutions.LungSurvival.Tests.Extraction;
using Solutions.LungSurvival.Tests.Imaging;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.LungSurvival.Tests.Commands;

public sealed class ExtractionCommandTests(ExtractionCohortFixture cohort) : IClassFixture<ExtractionCohortFixture>
{
    private static (int ExitCode, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var code = new SolutionCommandLine("LungSurvival", [new RadiomicsCommand(), new ExtractCommand(), new MergeCommand()], TextWriter.Null, error)
            .RunAsync(args, CancellationToken.None).GetAwaiter().GetResult();
        return (code, error.ToString());
    }

    [Fact]
    public void Radiomics_writes_one_patients_features_as_a_one_row_csv()
    {
        using var output = new TemporaryFolder();
        var caseId = Directory.GetDirectories(cohort.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!;
        var csv = output.File("features.csv");

        var (code, error) = Run("radiomics", "--image", cohort.Layout.Ct(caseId), "--mask", cohort.Layout.Seg(caseId), "--out", csv, "--bin-count", "16");

        Assert.Equal((0, ""), (code, error));
        var scan = PatientScanReader.Read(cohort.Layout.Ct(caseId), cohort.Layout.Seg(caseId));
        var expected = new RadiomicsExtractor(new RadiomicsSettings { Discretisation = GreyLevelDiscretisation.FixedBinCount(16) })
            .Extract(scan.Image, scan.Mask).ToNamedValues();
        var lines = File.ReadAllLines(csv);
        Assert.Equal(2, lines.Length);
        Assert.Equal(string.Join(",", expected.Keys), lines[0]);
        Assert.Equal(expected.Values, lines[1].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Extract_in_two_shards_then_merge_gives_the_unsharded_table()
    {
        using var whole = new TemporaryFolder();
        using var sharded = new TemporaryFolder();

        Assert.Equal(0, Run("extract", "--data", cohort.Folder, "--out", whole.Path).ExitCode);
        Assert.Equal(0, Run("extract", "--data", cohort.Folder, "--out", sharded.Path, "--shard", "2/2").ExitCode);
        var (early, earlyError) = Run("merge", "--out", sharded.Path);
        Assert.Equal(0, Run("extract", "--data", cohort.Folder, "--out", sharded.Path, "--shard", "1/2").ExitCode);
        Assert.Equal(0, Run("merge", "--out", sharded.Path).ExitCode);

        Assert.Equal((1, true), (early, earlyError.Contains("missing radiomics.shard-1-of-2.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole.Path, "radiomics.csv")), File.ReadAllBytes(Path.Combine(sharded.Path, "radiomics.csv")));
    }

    [Fact]
    public void Bad_command_lines_and_inputs_get_one_clear_line()
    {
        using var empty = new TemporaryFolder();
        var (both, bothError) = Run("radiomics", "--image", empty.Path, "--mask", empty.Path, "--bin-width", "25", "--bin-count", "8");
        var (width, widthError) = Run("extract", "--data", cohort.Folder, "--out", empty.Path, "--bin-width", "-3");
        var (shard, shardError) = Run("extract", "--data", cohort.Folder, "--out", empty.Path, "--shard", "3/2");
        var (noCohort, noCohortError) = Run("extract", "--data", empty.File("nowhere"), "--out", empty.Path);
        var (noImage, noImageError) = Run("radiomics", "--image", empty.Path, "--mask", empty.Path);

        Assert.Equal((2, true), (both, bothError.Contains("not both")));
        Assert.Equal((2, true), (width, widthError.Contains("positive number")));
        Assert.Equal((2, true), (shard, shardError.Contains("i/N")));
        Assert.Equal((1, true), (noCohort, noCohortError.Contains("does not exist")));
        Assert.Equal((1, true), (noImage, noImageError.Contains("no DICOM image series")));
    }
}
