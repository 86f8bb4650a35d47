using Solutions.Shared.Modeling.Bundles;

namespace Solutions.Shared.Modeling.Tests.Bundles;

public sealed class ModelBundleWriterTests
{
    [Fact]
    public void Sha256OfFile_is_lower_case_hex_of_the_bytes()
    {
        using var temp = new TempFolder();
        var path = temp.File("data.csv");
        File.WriteAllText(path, "abc");

        // The FIPS 180-2 test vector for "abc".
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ModelBundleWriter.Sha256OfFile(path));
    }

    [Fact]
    public void Sha256OfFile_of_a_missing_file_names_it()
    {
        using var temp = new TempFolder();
        var path = temp.File("absent.csv");

        var e = Assert.Throws<FileNotFoundException>(() => ModelBundleWriter.Sha256OfFile(path));

        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void PackageVersions_names_the_runtime_and_the_loaded_ml_and_solution_assemblies()
    {
        // Only loaded assemblies are listed: use ML.NET and this library first, whatever test ran before.
        _ = new Microsoft.ML.MLContext(seed: 1).Data.LoadFromEnumerable(new[] { new SubscriberRow() });
        _ = ModelBundle.DescribeMismatch(TinyChurnModel.InputSchema, TinyChurnModel.InputSchema);

        var versions = ModelBundleWriter.PackageVersions();

        Assert.Equal(Environment.Version.ToString(), versions[".NET"]);
        Assert.StartsWith("5.", versions["Microsoft.ML.Data"]);
        Assert.True(versions.ContainsKey("Solutions.Shared.Modeling"));
        Assert.All(versions.Keys.Where(k => k != ".NET"), k => Assert.True(k.StartsWith("Microsoft.ML") || k.StartsWith("Solutions.")));
        // Build metadata after '+' (a commit hash) would make every build look like another version.
        Assert.All(versions.Values, v => Assert.DoesNotContain('+', v));
    }
}
