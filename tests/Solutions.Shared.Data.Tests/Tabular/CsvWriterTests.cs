using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Data.Tests.Tabular;

public sealed class CsvWriterTests
{
    private sealed class ScoreRow
    {
        [CsvColumn("Name")] public string Name { get; set; } = "";
        [CsvColumn("Score")] public double Score { get; set; }
        [CsvColumn("Seen")] public DateTime? Seen { get; set; }
    }

    [Fact]
    public void Writes_a_header_and_quotes_only_fields_that_need_it()
    {
        var writer = new StringWriter();

        CsvWriter.Write(writer, [
            new ScoreRow { Name = "a, b", Score = 0.1 + 0.2 },
            new ScoreRow { Name = "say \"hi\"", Score = 1, Seen = new DateTime(2024, 1, 31) },
            new ScoreRow { Name = " padded", Score = -2.5e-300, Seen = new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc) },
        ]);

        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point; round-trip formatting keeps every digit.
        Assert.Equal(
            "Name,Score,Seen\n" +
            "\"a, b\",0.30000000000000004,\n" +
            "\"say \"\"hi\"\"\",1,2024-01-31\n" +
            "\" padded\",-2.5E-300,2024-01-31T13:45:00Z\n",
            writer.ToString());
    }

    [Fact]
    public void Rows_written_to_a_file_load_back_to_the_same_values()
    {
        using var temp = new TempFolder();
        var path = temp.File("out", "values.csv");
        AllTypesRow[] rows =
        [
            new()
            {
                Real = Math.PI, Single = 1.1f, Money = 1234.5600m, Count = int.MinValue, Big = long.MaxValue,
                Flag = true, Name = "line one\nline \"two\", end", When = new DateTime(2024, 2, 29, 23, 59, 59, 123),
                MaybeReal = double.MaxValue, MaybeCount = 0, MaybeFlag = false,
                MaybeWhen = new DateTime(2024, 1, 31, 8, 0, 0, DateTimeKind.Utc), Note = "",
            },
            new() { Real = -0.0, Single = float.Epsilon, Money = -0.01m, Name = "x", When = new DateTime(1999, 12, 31) },
        ];

        CsvWriter.Write(path, rows);
        var loaded = CsvLoader.Load<AllTypesRow>(path, new CsvLoadOptions { Strict = true }).Rows;

        Assert.Equal(2, loaded.Count);
        for (var i = 0; i < rows.Length; i++)
        {
            var (a, b) = (rows[i], loaded[i]);
            Assert.Equal((a.Real, a.Single, a.Money, a.Count, a.Big, a.Flag, a.Name, a.When, a.When.Kind),
                         (b.Real, b.Single, b.Money, b.Count, b.Big, b.Flag, b.Name, b.When, b.When.Kind));
            Assert.Equal((a.MaybeReal, a.MaybeCount, a.MaybeFlag, a.MaybeWhen, a.MaybeWhen?.Kind),
                         (b.MaybeReal, b.MaybeCount, b.MaybeFlag, b.MaybeWhen, b.MaybeWhen?.Kind));
        }
        // An empty optional text cannot be told from a missing one in CSV, so it reads back as null.
        Assert.Null(loaded[0].Note);
        Assert.Equal(["values.csv"], Directory.GetFiles(temp.File("out")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_null_row_is_refused_with_its_position()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CsvWriter.Write<ScoreRow>(new StringWriter(), [new(), null!]));

        Assert.StartsWith("Row 1 is null.", error.Message);
    }
}
