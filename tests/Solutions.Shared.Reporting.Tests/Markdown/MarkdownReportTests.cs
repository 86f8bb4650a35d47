using Solutions.Shared.Reporting.Markdown;

namespace Solutions.Shared.Reporting.Tests.Markdown;

public sealed class MarkdownReportTests
{
    [Fact]
    public void Builds_a_whole_report_with_blank_lines_between_blocks()
    {
        var report = new MarkdownReport()
            .Title("Churn prediction")
            .Paragraph("Trained on **7,043** customers.")
            .Heading("Metrics")
            .KeyValueTable([KeyValuePair.Create("AUC", 0.84567), KeyValuePair.Create("Log loss", double.NaN)], decimals: 3)
            .Bullets(["First", "Second\nwith detail"])
            .Image("ROC curve", "charts/roc curve.png")
            .CodeBlock("dotnet run -- train", "shell");

        const string expected = """
            # Churn prediction

            Trained on **7,043** customers.

            ## Metrics

            | Metric | Value |
            | --- | ---: |
            | AUC | 0.846 |
            | Log loss | n/a |

            - First
            - Second
              with detail

            ![ROC curve](charts/roc%20curve.png)

            ```shell
            dotnet run -- train
            ```

            """;
        Assert.Equal(expected, report.ToString());
    }

    [Fact]
    public void Table_cells_escape_pipes_and_line_breaks()
    {
        var text = new MarkdownReport()
            .Table(["Feature", "Note"], [["a|b", "line one\r\nline two"]])
            .ToString();

        Assert.Equal("| Feature | Note |\n| --- | --- |\n| a\\|b | line one<br>line two |\n", text);
    }

    [Fact]
    public void Numeric_columns_are_right_aligned_and_text_columns_left()
    {
        var text = new MarkdownReport()
            .Table(["Segment", "Customers", "Churn"], [["New", "1,200", "42.0%"], ["Loyal", "5,843", "n/a"]])
            .ToString();

        Assert.StartsWith("| Segment | Customers | Churn |\n| --- | ---: | ---: |\n", text);
    }

    [Fact]
    public void A_row_with_the_wrong_cell_count_names_the_row()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new MarkdownReport().Table(["A", "B", "C"], [["1", "2", "3"], ["4", "5"]]));

        Assert.Contains("row 2 has 2 cells but the header has 3 columns", error.Message);
    }

    [Fact]
    public void Code_fences_outgrow_backtick_runs_inside_the_code()
    {
        var text = new MarkdownReport().CodeBlock("a ```` b").ToString();

        Assert.Equal("`````\na ```` b\n`````\n", text);
    }

    [Fact]
    public void Image_alt_text_brackets_and_path_parentheses_are_escaped()
    {
        var text = new MarkdownReport().Image("ROC [test]", @"charts\roc (test).png").ToString();

        Assert.Equal("![ROC \\[test\\]](charts/roc%20%28test%29.png)\n", text);
    }

    [Fact]
    public void Absolute_image_paths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new MarkdownReport().Image("ROC", "/tmp/roc.png"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Heading_levels_outside_one_to_six_are_rejected(int level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MarkdownReport().Heading("Metrics", level));
    }

    [Fact]
    public void Headings_are_kept_on_one_line()
    {
        Assert.Equal("### Costs by segment\n",
            new MarkdownReport().Heading("Costs by\nsegment", 3).ToString());
    }

    [Fact]
    public void Save_writes_the_report_text()
    {
        var folder = Directory.CreateTempSubdirectory("markdown-report-").FullName;
        try
        {
            var path = Path.Combine(folder, "out", "report.md");
            var report = new MarkdownReport().Title("Run").Paragraph("Done.");

            report.Save(path);

            Assert.Equal("# Run\n\nDone.\n", File.ReadAllText(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
