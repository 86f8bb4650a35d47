using System.Globalization;
using Solutions.ChurnPrediction.Data;

namespace Solutions.ChurnPrediction.Benchmarks.Http;

/// <summary>A customer as a header-less <c>text/csv</c> request body: one line, columns in schema order.</summary>
public static class CsvRequestRow
{
    public static string From(ChurnCustomer customer) =>
        string.Join(',', CustomerValues.ToRow(customer).Select(Field)) + "\n";

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            bool flag => flag ? "true" : "false",
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
