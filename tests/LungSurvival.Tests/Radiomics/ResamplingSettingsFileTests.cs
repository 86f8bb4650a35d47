using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.Resampling;
using Solutions.LungSurvival.Serving;
using Solutions.LungSurvival.Tests.Imaging;

namespace Solutions.LungSurvival.Tests.Radiomics;

public sealed class ResamplingSettingsFileTests
{
    [Theory]
    [InlineData(ImageInterpolator.BSpline)]
    [InlineData(ImageInterpolator.Linear)]
    public void A_bundle_s_settings_keep_the_interpolator(ImageInterpolator interpolator)
    {
        using var folder = new TemporaryFolder();
        var settings = new RadiomicsSettings { ResampledSpacing = new VoxelSpacing(1, 1, 0), Interpolator = interpolator };

        RadiomicsSettingsFile.Write(folder.File(RadiomicsSettingsFile.FileName), settings);

        Assert.Equal(settings, RadiomicsSettingsFile.Read(folder.Path));
    }

    [Fact]
    public void A_file_from_before_the_interpolator_was_recorded_resamples_linearly_as_it_was_made()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File(RadiomicsSettingsFile.FileName), """{ "format_version": 1, "bin_width": 25, "resampled_spacing": [1, 1, 0] }""");

        Assert.Equal(ImageInterpolator.Linear, RadiomicsSettingsFile.Read(folder.Path).Interpolator);
    }

    [Fact]
    public void An_unknown_interpolator_is_an_error_naming_the_file_and_field()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File(RadiomicsSettingsFile.FileName);
        File.WriteAllText(path, """{ "format_version": 1, "bin_width": 25, "resampled_spacing": [1, 1, 0], "interpolator": "cubic" }""");

        var error = Assert.Throws<InvalidDataException>(() => RadiomicsSettingsFile.Read(folder.Path));
        Assert.Contains(path, error.Message);
        Assert.Contains("'interpolator' must be \"bspline\" or \"linear\", not \"cubic\"", error.Message);
    }
}
