using System.Globalization;
using Solutions.LungSurvival.Commands;
using Solutions.LungSurvival.Extraction;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Resegmentation;
using Solutions.LungSurvival.Serving;
using Solutions.LungSurvival.Tests.Extraction;
using Solutions.LungSurvival.Tests.Imaging;
using Solutions.Shared.Modeling.Cli;
using IbsiPhantom = Solutions.LungSurvival.Tests.Radiomics.IbsiDigitalPhantom;

namespace Solutions.LungSurvival.Tests.Commands;

/// <summary><c>--resegment MIN,MAX</c> on the commands, in a radiomics bundle's settings file, and in the extraction cache's key.</summary>
public sealed class ResegmentationOptionTests(ExtractionCohortFixture cohort) : IClassFixture<ExtractionCohortFixture>
{
    private static (int ExitCode, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var code = new SolutionCommandLine("LungSurvival", [new RadiomicsCommand(), new ExtractCommand(), new RunCommand()], TextWriter.Null, error)
            .RunAsync(args, CancellationToken.None).GetAwaiter().GetResult();
        return (code, error.ToString());
    }

    [Fact]
    public void Radiomics_on_the_ibsi_ct_phantom_with_its_configuration_a_range_gives_the_reference_mean()
    {
        using var output = new TemporaryFolder();
        var csv = output.File("phantom.csv");

        var (code, error) = Run("radiomics", "--image", TestPaths.PhantomImages, "--mask", TestPaths.PhantomRtStruct, "--out", csv,
            "--resegment", "-500,400");

        Assert.Equal((0, ""), (code, error));
        var lines = File.ReadAllLines(csv);
        var column = Array.IndexOf(lines[0].Split(','), "original_firstorder_Mean");
        // The phantom README's configuration A: mean 13.4 HU inside [-500, 400].
        IbsiPhantom.AssertWithinOnePercent(13.4, double.Parse(lines[1].Split(',')[column], CultureInfo.InvariantCulture), "original_firstorder_Mean");
    }

    [Theory]
    [InlineData("400,-500")]
    [InlineData("-500")]
    [InlineData("a,b")]
    public void A_bad_range_is_a_usage_error(string value)
    {
        using var empty = new TemporaryFolder();

        var (code, error) = Run("extract", "--data", empty.File("nowhere"), "--out", empty.Path, "--resegment", value);

        Assert.Equal(SolutionCommandLine.UsageError, code);
        Assert.Contains($"'extract': --resegment must be two intensities as MIN,MAX with MIN <= MAX (e.g. -500,400), not '{value}'", error);
    }

    [Fact]
    public void Run_passes_the_range_to_the_extraction()
    {
        var command = new RunCommand();
        var options = command.Parse(CommandArguments.Parse(command.Name, ["--resegment", "-500,400"], command.Options));

        Assert.Equal(new IntensityRange(-500, 400), options.Extraction.RadiomicsSettings.ResegmentRange);
    }

    [Fact]
    public void A_bundle_s_settings_keep_the_range()
    {
        using var folder = new TemporaryFolder();
        var settings = new RadiomicsSettings { ResegmentRange = new IntensityRange(-500, 400), ResegmentShape = true };

        RadiomicsSettingsFile.Write(folder.File(RadiomicsSettingsFile.FileName), settings);

        Assert.Equal(settings, RadiomicsSettingsFile.Read(folder.Path));
    }

    [Fact]
    public void A_changed_range_recomputes_the_cache()
    {
        using var output = new TemporaryFolder();
        ExtractionSummary Extract(RadiomicsSettings settings) => CohortFeatureExtractor.Extract(cohort.Layout, output.Path, new ExtractionOptions(settings));

        var plain = Extract(new RadiomicsSettings());
        // Wide enough to keep every tumour voxel of the generated CTs (soft tissue around 40 HU), so no mask empties.
        var resegmented = Extract(new RadiomicsSettings { ResegmentRange = new IntensityRange(-1000, 3000) });
        var again = Extract(new RadiomicsSettings { ResegmentRange = new IntensityRange(-1000, 3000) });

        Assert.Equal([ExtractionCohortFixture.Patients, ExtractionCohortFixture.Patients, 0], new[] { plain, resegmented, again }.Select(s => s.Computed));
        Assert.NotEqual(plain.SettingsFingerprint, resegmented.SettingsFingerprint);
        Assert.Equal(resegmented.SettingsFingerprint, again.SettingsFingerprint);
    }
}
