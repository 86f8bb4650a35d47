using Solutions.PaymentClassification.Data;
using Solutions.Shared.Data.Tabular;

namespace Solutions.PaymentClassification.Serving;

/// <summary>A payment as a row of values in the input schema's order: receiver_id, sender_id, amount, timestamp.</summary>
public static class TransactionRows
{
    /// <summary>The input schema: the CSV columns of <see cref="Transaction"/>, without the category.</summary>
    public static TabularSchema Schema { get; } = TabularSchema.For<Transaction>();

    /// <summary>
    /// A payment from values in <see cref="Schema"/> order, as the serving contract parses them.
    /// </summary>
    /// <param name="values">The row's values.</param>
    /// <param name="row">The row's number (from 1), for messages.</param>
    /// <exception cref="ArgumentException">A value breaks the schema; the message names the row, the column and what was expected.</exception>
    public static Transaction FromRow(object?[] values, int row)
    {
        if (values.Length != Schema.Columns.Count)
        {
            throw new ArgumentException($"row {row}: a payment has {Schema.Columns.Count} values; this row has {values.Length}");
        }
        var receiver = Id(values[0], row, 1, TransactionSchema.ReceiverColumn);
        var sender = Id(values[1], row, 2, TransactionSchema.SenderColumn);
        var amount = values[2] switch
        {
            double d when double.IsFinite(d) && d >= 0 && d < 1e15 => (decimal)d,
            decimal d when d >= 0 => d,
            _ => throw Problem(row, 3, TransactionSchema.AmountColumn, $"{values[2]} is not a non-negative amount"),
        };
        var timestamp = values[3] is DateTime t
            ? DateTime.SpecifyKind(t, DateTimeKind.Unspecified)
            : throw Problem(row, 4, TransactionSchema.TimestampColumn, "expected a timestamp YYYY-MM-DD HH:MM:SS");
        return new Transaction { ReceiverId = receiver, SenderId = sender, Amount = decimal.Round(amount, 2), Timestamp = timestamp };
    }

    private static string Id(object? value, int row, int column, string name)
    {
        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var problem = TransactionValues.Id(text, out var id);
        return problem is null ? id : throw Problem(row, column, name, problem);
    }

    private static ArgumentException Problem(int row, int column, string name, string problem) =>
        new($"row {row}, column {column} '{name}': {problem}");
}
