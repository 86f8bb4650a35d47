using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Imaging.Phantom;

namespace Solutions.LungSurvival.Tests.Cohort;

public sealed class CohortGeneratorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cohort-twice-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Same_seed_writes_the_same_files_byte_for_byte()
    {
        var options = new CohortOptions(Patients: 2, Seed: 3, Size: new VolumeSize(32, 32, 10));
        var first = CohortGenerator.Generate(Path.Combine(_folder, "a"), options);
        var second = CohortGenerator.Generate(Path.Combine(_folder, "b"), options);

        var files = Files(first.Layout.Folder);
        Assert.Equal(files.Keys, Files(second.Layout.Folder).Keys);
        Assert.Contains(files.Keys, f => f.EndsWith(".dcm", StringComparison.Ordinal));
        Assert.Contains(files.Keys, f => f.EndsWith(".png", StringComparison.Ordinal));
        foreach (var (name, bytes) in Files(second.Layout.Folder))
        {
            Assert.True(files[name].AsSpan().SequenceEqual(bytes), $"{name} differs between two runs with the same seed");
        }
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);
}
