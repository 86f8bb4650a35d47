using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Discretisation;
using Solutions.LungSurvival.Radiomics.Resampling;
using Solutions.LungSurvival.Serving;
using Solutions.LungSurvival.Tests.Imaging;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.LungSurvival.Tests.Serving;

[Collection(ServingCohortCollection.Name)]
public sealed class ServingBundleTests(ServingCohortFixture cohort)
{
    [Fact]
    public void Radiomics_settings_round_trip_through_the_bundle()
    {
        using var folder = new TemporaryFolder();
        var settings = new RadiomicsSettings
        {
            Discretisation = GreyLevelDiscretisation.FixedBinCount(32),
            ResampledSpacing = new VoxelSpacing(1, 1, 0),
        };

        var manifest = RadiomicsBundle.Save(folder.Path, settings, DateTimeOffset.UnixEpoch);
        var (read, predictor) = RadiomicsBundle.Load(folder.Path);

        Assert.Equal(settings, predictor.Settings);
        Assert.Equal(RadiomicsBundle.SolutionName, read.Solution);
        Assert.Equal("bin count 32, resampled to 1 x 1 x 0 mm", read.Parameters["radiomics_settings"]);
        Assert.Equal([RadiomicsSettingsFile.FileName], manifest.Files.Additional);
        Assert.Equal(new RadiomicsSettings(), RadiomicsBundle.Load(cohort.RadiomicsFolder).Predictor.Settings);
    }

    [Fact]
    public void The_one_step_bundle_holds_the_settings_and_the_survival_model_files()
    {
        var (manifest, predictor) = ArchiveSurvivalBundle.Load(cohort.ArchiveFolder);

        Assert.Equal(ArchiveSurvivalBundle.SolutionName, manifest.Solution);
        Assert.Equal([RadiomicsSettingsFile.FileName, SurvivalModelFile.FileName], manifest.Files.Additional);
        Assert.Equal(cohort.Encoder.InputColumns, predictor.Survival.InputSchema.Columns.Select(c => c.Name));
        Assert.Equal(ModelBundle.ReadManifest(cohort.SurvivalFolder).TrainingDataSha256, manifest.TrainingDataSha256);
    }

    [Fact]
    public void A_bundle_of_another_model_or_with_damaged_settings_is_refused()
    {
        using var folder = new TemporaryFolder();
        RadiomicsBundle.Save(folder.Path, new RadiomicsSettings(), DateTimeOffset.UnixEpoch);
        var settings = Path.Combine(folder.Path, RadiomicsSettingsFile.FileName);

        var wrongModel = Assert.Throws<ModelBundleException>(() => ArchiveSurvivalBundle.Load(cohort.RadiomicsFolder));
        var survivalAsRadiomics = Assert.Throws<ModelBundleException>(() => new RadiomicsDocumentPredictorLoader().Load(cohort.SurvivalFolder));
        File.WriteAllText(settings, """{ "format_version": 1, "bin_width": 25, "bin_count": 16 }""");
        var both = Assert.Throws<ModelBundleException>(() => RadiomicsBundle.Load(folder.Path));
        File.WriteAllText(settings, """{ "format_version": 1, "bin_width": -3 }""");
        var negative = Assert.Throws<ModelBundleException>(() => RadiomicsBundle.Load(folder.Path));
        File.WriteAllText(settings, """{ "format_version": 1, "bin_width": 25, "resampled_spacing": [1, 1] }""");
        var spacing = Assert.Throws<ModelBundleException>(() => RadiomicsBundle.Load(folder.Path));

        Assert.Contains("was trained by the LungSurvival.Radiomics solution, not LungSurvival.Archive", wrongModel.Message);
        Assert.Contains("was trained by the LungSurvival solution, not LungSurvival.Radiomics", survivalAsRadiomics.Message);
        Assert.Contains("expected exactly one of 'bin_width' and 'bin_count'", both.Message);
        Assert.Contains("bin width must be a positive finite number", negative.Message);
        Assert.Contains("'resampled_spacing' must be three millimetre spacings", spacing.Message);
    }
}
