using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Data.Synthetic;
using Solutions.Shared.Data.Tabular;

namespace Solutions.PaymentClassification.Tests.Data;

public sealed class TransactionCsvTests
{
    private const string Header = "transaction_category,receiver_id,sender_id,amount,timestamp";
    private const string Receiver = "1234567890123456";
    private const string Sender = "6543210987654321";

    [Fact]
    public void A_generated_file_loads_back_to_the_same_rows()
    {
        var folder = Directory.CreateTempSubdirectory("payment-data-");
        try
        {
            var path = Path.Combine(folder.FullName, "transactions.csv");
            var rows = TransactionGenerator.Generate(new GeneratorOptions { Rows = 2_000, Seed = 3, Receivers = 100, Senders = 100 });
            TransactionCsv.Write(path, rows);

            var loaded = TransactionCsv.LoadLabelled(path);

            Assert.Equal("transactions.csv", loaded.Source);
            Assert.Equal(2_000, loaded.RowsRead);
            Assert.Equal(0, loaded.RowsRejected);
            Assert.Empty(loaded.Errors);
            Assert.Equal(rows.Select(Values), loaded.Rows.Select(Values));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Rows_are_written_in_the_public_format()
    {
        var text = new StringWriter();
        TransactionCsv.Write(text,
        [
            new LabelledTransaction
            {
                Category = "Food and Dining", ReceiverId = Receiver, SenderId = Sender, Amount = 12.5m,
                Timestamp = new DateTime(2024, 3, 7, 9, 5, 0),
            },
        ]);
        Assert.Equal($"{Header}\nFood and Dining,{Receiver},{Sender},12.50,2024-03-07 09:05:00\n", text.ToString());
    }

    [Fact]
    public void Writing_an_amount_with_three_decimals_fails_instead_of_rounding()
    {
        var row = new LabelledTransaction { Category = "Taxes", ReceiverId = Receiver, SenderId = Sender, Amount = 1.005m };
        var error = Assert.Throws<ArgumentException>(() => TransactionCsv.Write(new StringWriter(), [row]));
        Assert.Contains("Row 0: amount 1.005 has more than 2 decimals", error.Message);
    }

    [Fact]
    public void Each_kind_of_malformed_row_is_rejected_with_its_line_and_column()
    {
        var csv = $"""
            {Header}
            Shopping,{Receiver},{Sender},19.99,2024-01-05 10:00:00
            Shopping,{Receiver},{Sender},19.99,2024-01-05T10:00:00
            Shopping,{Receiver},{Sender},abc,2024-01-05 10:00:00
            Shopping,123456789012345,{Sender},19.99,2024-01-05 10:00:00
            Groceries,{Receiver},{Sender},19.99,2024-01-05 10:00:00
            Home,{Receiver},{Sender},780.00,2024-01-06 11:30:00
            """;

        var result = TransactionCsv.LoadLabelled(new StringReader(csv), "mine.csv");

        Assert.Equal(6, result.RowsRead);
        Assert.Equal(4, result.RowsRejected);
        Assert.Equal(["Shopping", "Home"], result.Rows.Select(r => r.Category));
        Assert.Equal([3L, 4L, 5L, 6L], result.Errors.Select(e => e.Line));
        Assert.Equal([5, 4, 2, 1], result.Errors.Select(e => e.Column));
        Assert.Equal(["timestamp", "amount", "receiver_id", "transaction_category"], result.Errors.Select(e => e.ColumnName));
        Assert.Equal(["2024-01-05T10:00:00", "abc", "123456789012345", "Groceries"], result.Errors.Select(e => e.Value));
        Assert.StartsWith("mine.csv, line 3, column 5 'timestamp': '2024-01-05T10:00:00' is not a timestamp", result.Errors[0].Message);
        Assert.Contains("YYYY-MM-DD HH:MM:SS", result.Errors[0].Message);
        Assert.Equal("mine.csv, line 4, column 4 'amount': 'abc' is not a number (expected a non-negative amount " +
                     "with at most 2 decimals, e.g. 12.50)", result.Errors[1].Message);
        Assert.Equal("mine.csv, line 5, column 2 'receiver_id': '123456789012345' has 15 digits; expected a 16-digit id",
            result.Errors[2].Message);
        Assert.StartsWith("mine.csv, line 6, column 1 'transaction_category': 'Groceries' is not one of the 19",
            result.Errors[3].Message);
    }

    [Theory]
    [InlineData("-5.00", "is negative")]
    [InlineData("5.001", "has more than 2 decimals")]
    [InlineData("1e3", "is not a number")]
    [InlineData("", "missing value")]
    public void Amounts_must_be_non_negative_with_two_decimals(string amount, string problem)
    {
        var result = LoadOne($"Taxes,{Receiver},{Sender},{amount},2024-01-02 08:00:00");
        var error = Assert.Single(result.Errors);
        Assert.Equal((2L, 4), (error.Line, error.Column));
        Assert.Contains(problem, error.Message);
    }

    [Theory]
    [InlineData("12345678901234567", "has 17 digits")]
    [InlineData("1234-5678-9012-34", "has '-' at position 5")]
    [InlineData("1.23457E+15", "scientific notation")]
    public void Sender_ids_must_be_16_digits(string id, string problem)
    {
        var error = Assert.Single(LoadOne($"Taxes,{Receiver},{id},10.00,2024-01-02 08:00:00").Errors);
        Assert.Equal((3, "sender_id"), (error.Column, error.ColumnName));
        Assert.Contains(problem, error.Message);
    }

    [Theory]
    [InlineData("2024-02-30 10:00:00")] // no such day
    [InlineData("2024-01-02")]
    [InlineData("02/01/2024 10:00:00")]
    [InlineData("2024-01-02 10:00:00.5")]
    public void Timestamps_must_be_whole_seconds_in_the_public_form(string timestamp)
    {
        var error = Assert.Single(LoadOne($"Taxes,{Receiver},{Sender},10.00,{timestamp}").Errors);
        Assert.Equal((5, timestamp), (error.Column, error.Value));
    }

    [Fact]
    public void A_row_with_a_missing_field_is_reported()
    {
        var error = Assert.Single(LoadOne($"Taxes,{Receiver},{Sender},10.00").Errors);
        Assert.Equal("mine.csv, line 2: expected 5 fields (as in the header) but found 4", error.Message);
        Assert.Equal("5 fields", error.Expected);
    }

    [Fact]
    public void Strict_mode_fails_on_the_first_bad_row()
    {
        var csv = $"{Header}\nShopping,{Receiver},{Sender},1.00,2024-01-05 10:00:00\nShopping,{Receiver},{Sender},x,2024-01-05 10:00:00\n";
        var error = Assert.Throws<TabularDataException>(() =>
            TransactionCsv.LoadLabelled(new StringReader(csv), "mine.csv", new TransactionLoadOptions { Strict = true }));
        Assert.Equal("mine.csv", error.FileName);
        Assert.Equal((3L, 4), (error.Error!.Line, error.Error.Column));
    }

    [Fact]
    public void Errors_beyond_the_limit_are_still_counted()
    {
        var bad = Enumerable.Repeat($"Shopping,{Receiver},{Sender},x,2024-01-05 10:00:00", 5);
        var result = TransactionCsv.LoadLabelled(new StringReader($"{Header}\n{string.Join('\n', bad)}"), "mine.csv",
            new TransactionLoadOptions { MaxErrors = 2 });
        Assert.Equal(5, result.RowsRejected);
        Assert.Equal(2, result.Errors.Count);
        Assert.True(result.ErrorsTruncated);
    }

    [Fact]
    public void Columns_match_by_name_in_any_order_and_case()
    {
        var csv = $"Timestamp,AMOUNT,Sender_Id,receiver_id,transaction_category,note\n" +
                  $"2024-05-01 12:15:00,8.40, {Sender} ,{Receiver},food and dining,lunch\n";
        var result = TransactionCsv.LoadLabelled(new StringReader(csv), "mine.csv");
        var row = Assert.Single(result.Rows);
        Assert.Equal(("Food and Dining", Receiver, Sender, 8.40m, new DateTime(2024, 5, 1, 12, 15, 0)), Values(row));
        Assert.Equal(["note"], result.IgnoredColumns);
    }

    [Fact]
    public void Unlabelled_loading_ignores_the_category_column()
    {
        var result = TransactionCsv.Load(new StringReader($"{Header}\nGroceries,{Receiver},{Sender},3.00,2024-01-05 10:00:00\n"), "mine.csv");
        Assert.Single(result.Rows);
        Assert.Equal(["transaction_category"], result.IgnoredColumns);
    }

    [Fact]
    public void A_header_without_a_required_column_fails_with_what_was_found()
    {
        var error = Assert.Throws<TabularDataException>(() =>
            TransactionCsv.LoadLabelled(new StringReader("transaction_category,receiver_id,amount,timestamp\n"), "mine.csv"));
        Assert.Equal("mine.csv: missing required column 'sender_id'. Header found (line 1): " +
                     "transaction_category, receiver_id, amount, timestamp", error.Message);
    }

    [Fact]
    public void An_empty_file_fails_naming_the_columns()
    {
        var error = Assert.Throws<TabularDataException>(() => TransactionCsv.Load(new StringReader(""), "mine.csv"));
        Assert.Contains("mine.csv is empty", error.Message);
        Assert.Contains("'receiver_id', 'sender_id', 'amount', 'timestamp'", error.Message);
    }

    [Fact]
    public void An_unterminated_quote_is_reported_not_thrown()
    {
        var result = TransactionCsv.LoadLabelled(
            new StringReader($"{Header}\nShopping,{Receiver},{Sender},1.00,2024-01-05 10:00:00\n\"Shopping,{Receiver}\n"), "mine.csv");
        Assert.Single(result.Rows);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("unterminated quoted field", error.Message);
    }

    private static LoadResult<LabelledTransaction> LoadOne(string row) =>
        TransactionCsv.LoadLabelled(new StringReader($"{Header}\n{row}\n"), "mine.csv");

    private static (string, string, string, decimal, DateTime) Values(LabelledTransaction r) =>
        (r.Category, r.ReceiverId, r.SenderId, r.Amount, r.Timestamp);
}
