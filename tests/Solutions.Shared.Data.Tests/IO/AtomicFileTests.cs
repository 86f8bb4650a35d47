using Solutions.Shared.Data.IO;

namespace Solutions.Shared.Data.Tests.IO;

public sealed class AtomicFileTests
{
    [Fact]
    public void WriteAllText_creates_the_folder_and_replaces_an_existing_file()
    {
        using var temp = new TempFolder();
        var path = temp.File("reports", "summary.txt");

        AtomicFile.WriteAllText(path, "first");
        AtomicFile.WriteAllText(path, "second");

        Assert.Equal("second", File.ReadAllText(path));
        Assert.Equal(["summary.txt"], Directory.GetFiles(temp.File("reports")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_writer_that_throws_leaves_the_old_content_and_no_temporary_file()
    {
        using var temp = new TempFolder();
        var path = temp.File("model.bin");
        AtomicFile.WriteAllBytes(path, [1, 2, 3]);

        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write([9, 9, 9, 9]);
            throw new InvalidOperationException("disk full halfway");
        }));

        Assert.Equal("disk full halfway", error.Message);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
    }
}
