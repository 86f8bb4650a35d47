using Solutions.Shared.Data.IO;

namespace Solutions.Shared.Data.Tests.IO;

public sealed class AtomicDirectoryTests
{
    [Fact]
    public void Publish_replaces_an_existing_folder_and_leaves_nothing_beside_it()
    {
        using var temp = new TempFolder();
        var target = temp.File("bundle");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "old-model.zip"), "old");

        var staging = AtomicDirectory.CreateStaging(target);
        File.WriteAllText(Path.Combine(staging, "model.zip"), "new");
        AtomicDirectory.Publish(staging, target);

        Assert.Equal(["model.zip"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "model.zip")));
        Assert.Equal([target], Directory.GetDirectories(temp.Path));
    }

    [Fact]
    public void Publish_creates_a_target_that_did_not_exist()
    {
        using var temp = new TempFolder();
        var target = temp.File("out", "bundle");

        var staging = AtomicDirectory.CreateStaging(target);
        File.WriteAllText(Path.Combine(staging, "card.md"), "# Model card");
        AtomicDirectory.Publish(staging, target);

        Assert.Equal("# Model card", File.ReadAllText(Path.Combine(target, "card.md")));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void Staging_sits_beside_the_target_and_Discard_removes_it()
    {
        using var temp = new TempFolder();
        var target = temp.File("bundle");

        var staging = AtomicDirectory.CreateStaging(target);
        File.WriteAllText(Path.Combine(staging, "partial.bin"), "x");

        Assert.Equal(temp.Path, Path.GetDirectoryName(staging));
        AtomicDirectory.Discard(staging);
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(target));
    }
}
