using Solutions.Shared.Notebooks.Documents;

namespace Solutions.Shared.Notebooks.Tests.Documents;

public sealed class NotebookFileTests
{
    [Fact]
    public void Cells_are_numbered_from_one_with_markdown_counted()
    {
        var cells = NotebookFile.Read(SampleNotebook.Copied("Passing.ipynb"));

        Assert.Equal([1, 2, 3, 4], cells.Select(cell => cell.Number));
        Assert.Equal(["markdown", "csharp", "csharp", "csharp"], cells.Select(cell => cell.Language));
        Assert.Equal("var basket = new[] { 3, 4, 5 };\nvar total = basket.Sum();", cells[1].Source);
    }

    [Fact]
    public void Other_languages_keep_their_kernel_name()
    {
        var cells = NotebookFile.Read(SampleNotebook.Copied("MixedLanguages.ipynb"));

        Assert.Equal(["csharp", "fsharp", "csharp"], cells.Select(cell => cell.Language));
    }

    [Fact]
    public void First_line_skips_blank_lines_and_trims()
    {
        var cell = new NotebookCell(3, NotebookCell.CSharp, "\n   \n  var x = 1;  \nvar y = 2;");

        Assert.Equal("var x = 1;", cell.FirstLine);
    }

    [Fact]
    public void Invalid_json_names_the_file_and_the_line()
    {
        // The stray comma sits on the third line, so the reader stops there.
        const string json = "{\n \"cells\": [\n  1,,\n ]\n}";

        var error = Assert.Throws<InvalidDataException>(() => NotebookFile.Parse(json, "broken.ipynb"));

        Assert.Contains("broken.ipynb", error.Message);
        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void Missing_file_is_named()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Notebooks", "Absent.ipynb");

        var error = Assert.Throws<FileNotFoundException>(() => NotebookFile.Read(path));

        Assert.Contains(path, error.Message);
    }
}
