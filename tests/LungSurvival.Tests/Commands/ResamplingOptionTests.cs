using System.Globalization;
using Solutions.LungSurvival.Commands;
using Solutions.LungSurvival.Extraction;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Resampling;
using Solutions.LungSurvival.Tests.Extraction;
using Solutions.LungSurvival.Tests.Imaging;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.LungSurvival.Tests.Commands;

public sealed class ResamplingOptionTests(ExtractionCohortFixture cohort) : IClassFixture<ExtractionCohortFixture>
{
    private static (int ExitCode, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var code = new SolutionCommandLine("LungSurvival", [new RadiomicsCommand(), new ExtractCommand(), new RunCommand()], TextWriter.Null, error)
            .RunAsync(args, CancellationToken.None).GetAwaiter().GetResult();
        return (code, error.ToString());
    }

    private static RadiomicsSettings Parse(ISolutionCommand command, params string[] args) =>
        RadiomicsCommand.Settings(command.Name, CommandArguments.Parse(command.Name, args, command.Options));

    [Fact]
    public void Radiomics_and_extract_read_the_spacing_and_the_interpolator()
    {
        var linear = Parse(new RadiomicsCommand(), "--image", "ct", "--mask", "seg", "--resample", "0.5,0.75,0", "--interpolator", "Linear");
        var bspline = Parse(new ExtractCommand(), "--resample", "1,1,2.5");
        var none = Parse(new ExtractCommand());

        Assert.Equal((new VoxelSpacing(0.5, 0.75, 0), ImageInterpolator.Linear), (linear.ResampledSpacing, linear.Interpolator));
        Assert.Equal((new VoxelSpacing(1, 1, 2.5), ImageInterpolator.BSpline), (bspline.ResampledSpacing, bspline.Interpolator));
        Assert.Null(none.ResampledSpacing);
    }

    [Fact]
    public void Run_passes_the_resampling_to_the_extraction()
    {
        var command = new RunCommand();
        var options = command.Parse(CommandArguments.Parse(command.Name, ["--resample", "1,1,0", "--interpolator", "linear"], command.Options));

        Assert.Equal(new VoxelSpacing(1, 1, 0), options.Extraction.RadiomicsSettings.ResampledSpacing);
        Assert.Equal(ImageInterpolator.Linear, options.Extraction.RadiomicsSettings.Interpolator);
    }

    [Theory]
    [InlineData("radiomics", "--resample", "1,2", "--resample must be three spacings in mm as X,Y,Z, each 0 (keep) or positive, not '1,2'")]
    [InlineData("extract", "--resample", "1,-2,1", "--resample must be three spacings in mm as X,Y,Z, each 0 (keep) or positive, not '1,-2,1'")]
    [InlineData("extract", "--resample", "1,x,1", "--resample must be three spacings in mm as X,Y,Z, each 0 (keep) or positive, not '1,x,1'")]
    [InlineData("run", "--resample", "1,1,Infinity", "--resample must be three spacings in mm as X,Y,Z, each 0 (keep) or positive, not '1,1,Infinity'")]
    [InlineData("extract", "--interpolator", "linear", "--interpolator applies only with --resample")]
    public void Bad_resampling_options_are_usage_errors(string command, string option, string value, string message)
    {
        using var empty = new TemporaryFolder();
        string[] where = command == "radiomics" ? ["--image", empty.Path, "--mask", empty.Path] : ["--data", empty.File("nowhere"), "--out", empty.Path];

        var (code, error) = Run([command, .. where, option, value]);

        Assert.Equal(SolutionCommandLine.UsageError, code);
        Assert.Contains($"'{command}': {message}", error);
    }

    [Fact]
    public void An_unknown_interpolator_is_a_usage_error_naming_the_choices()
    {
        using var empty = new TemporaryFolder();
        var (code, error) = Run("extract", "--data", empty.Path, "--out", empty.Path, "--resample", "1,1,1", "--interpolator", "cubic");

        Assert.Equal((SolutionCommandLine.UsageError, true), (code, error.Contains("--interpolator must be bspline or linear, not 'cubic'")));
    }

    [Fact]
    public void Radiomics_resamples_one_patient_as_asked()
    {
        using var output = new TemporaryFolder();
        var caseId = Directory.GetDirectories(cohort.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!;
        var csv = output.File("features.csv");

        var (code, error) = Run("radiomics", "--image", cohort.Layout.Ct(caseId), "--mask", cohort.Layout.Seg(caseId), "--out", csv,
            "--resample", "2,2,0", "--interpolator", "linear");

        Assert.Equal((0, ""), (code, error));
        var scan = PatientScanReader.Read(cohort.Layout.Ct(caseId), cohort.Layout.Seg(caseId));
        var settings = new RadiomicsSettings { ResampledSpacing = new VoxelSpacing(2, 2, 0), Interpolator = ImageInterpolator.Linear };
        var expected = new RadiomicsExtractor(settings).Extract(scan.Image, scan.Mask).ToNamedValues();
        Assert.Equal(expected.Values, File.ReadAllLines(csv)[1].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_changed_spacing_or_interpolator_recomputes_the_cache_and_the_same_one_reuses_it()
    {
        using var output = new TemporaryFolder();
        var bspline = new RadiomicsSettings { ResampledSpacing = new VoxelSpacing(2, 2, 0) };
        ExtractionSummary Extract(RadiomicsSettings settings) => CohortFeatureExtractor.Extract(cohort.Layout, output.Path, new ExtractionOptions(settings));

        var plain = Extract(new RadiomicsSettings());
        var resampled = Extract(bspline);
        var linear = Extract(bspline with { Interpolator = ImageInterpolator.Linear });
        var coarser = Extract(bspline with { ResampledSpacing = new VoxelSpacing(3, 3, 0) });
        var again = Extract(bspline);

        var patients = ExtractionCohortFixture.Patients;
        Assert.Equal([patients, patients, patients, patients, 0], new[] { plain, resampled, linear, coarser, again }.Select(s => s.Computed));
        Assert.Equal(patients, again.Cached);
        Assert.Equal(4, new[] { plain, resampled, linear, coarser }.Select(s => s.SettingsFingerprint).Distinct().Count());
        Assert.Equal(resampled.SettingsFingerprint, again.SettingsFingerprint);
    }
}
