using Solutions.ChurnPrediction.Data;
using Solutions.Shared.Data.Tabular;

namespace Solutions.ChurnPrediction.Tests.Fixtures;

/// <summary>
/// The bundled real data (data/churn/churn.csv, 5,000 customers) and slices of it written as CSV. Models are
/// trained on the first <see cref="TrainingRows"/> customers; the rest are never seen in training.
/// </summary>
public static class ChurnFiles
{
    /// <summary>How many leading customers of the real file the tests train on (149 of them churn).</summary>
    public const int TrainingRows = 1_200;

    private static readonly Lazy<string[]> LazyLines = new(() => File.ReadAllLines(ChurnRunOptions.DefaultDataPath));
    private static readonly Lazy<LoadResult<ChurnRecord>> LazyCustomers = new(() => CsvLoader.Load<ChurnRecord>(ChurnRunOptions.DefaultDataPath));

    /// <summary>The real file's lines, header first.</summary>
    public static IReadOnlyList<string> Lines => LazyLines.Value;

    public static string Header => Lines[0];

    /// <summary>The real file, loaded once per test run.</summary>
    public static LoadResult<ChurnRecord> Real => LazyCustomers.Value;

    /// <summary>Customers the test models never trained on.</summary>
    public static IReadOnlyList<ChurnRecord> HeldOut(int count) => [.. Real.Rows.Skip(TrainingRows).Take(count)];

    /// <summary>Writes the header and the data lines [<paramref name="skip"/>, skip + count) of the real file.</summary>
    public static string WriteSlice(string path, int skip, int count)
    {
        File.WriteAllLines(path, [Header, .. Lines.Skip(1 + skip).Take(count)]);
        return path;
    }

    /// <summary>A data line of the real file without its label field: a customer in the input schema's order.</summary>
    public static string UnlabelledLine(int dataIndex)
    {
        var line = Lines[1 + dataIndex];
        return line[..line.LastIndexOf(',')];
    }
}
