using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Data.Synthetic;

namespace Solutions.PaymentClassification.Tests.Data.Synthetic;

public sealed class DeterminismTests
{
    private static readonly GeneratorOptions Small = new() { Rows = 5_000, Seed = 11, Receivers = 200, Senders = 300 };

    [Fact]
    public void The_same_seed_gives_a_byte_identical_csv()
    {
        Assert.Equal(Csv(Small), Csv(Small));
    }

    [Fact]
    public void A_different_seed_gives_different_rows()
    {
        var first = Csv(Small).Split('\n');
        var second = Csv(Small with { Seed = 12 }).Split('\n');
        Assert.Equal(first[0], second[0]); // the header
        Assert.True(first.Skip(1).Intersect(second.Skip(1)).Count() <= 1, "rows repeat across seeds"); // "" at the end
    }

    [Fact]
    public void Label_noise_changes_labels_only()
    {
        var clean = TransactionGenerator.Generate(Small with { LabelNoise = 0 });
        var noisy = TransactionGenerator.Generate(Small with { LabelNoise = 0.2 });
        Assert.Equal(clean.Select(Payment), noisy.Select(Payment));
        Assert.Contains(clean.Zip(noisy), pair => pair.First.Category != pair.Second.Category);
    }

    [Fact]
    public void Zero_rows_give_an_empty_list_and_a_header_only_file()
    {
        var rows = TransactionGenerator.Generate(Small with { Rows = 0 });
        Assert.Empty(rows);
        var text = new StringWriter();
        TransactionCsv.Write(text, rows);
        Assert.Equal("transaction_category,receiver_id,sender_id,amount,timestamp\n", text.ToString());
    }

    [Fact]
    public void The_smallest_population_still_covers_every_category()
    {
        // One customer (rare categories fall back to anyone paying in them) and one merchant per category; without
        // ambiguous merchants each merchant takes one category only.
        var rows = TransactionGenerator.Generate(new GeneratorOptions { Rows = 3_000, Receivers = 19, Senders = 1, LabelNoise = 0, AmbiguousReceivers = 0 });
        Assert.Equal(3_000, rows.Count);
        Assert.Single(rows.Select(r => r.SenderId).Distinct());
        Assert.Equal(19, rows.Select(r => r.ReceiverId).Distinct().Count());
        Assert.All(rows.GroupBy(r => r.ReceiverId), g => Assert.Single(g.Select(r => r.Category).Distinct()));
    }

    [Theory]
    [InlineData(nameof(GeneratorOptions.Rows))]
    [InlineData(nameof(GeneratorOptions.Months))]
    [InlineData(nameof(GeneratorOptions.Receivers))]
    [InlineData(nameof(GeneratorOptions.Senders))]
    [InlineData(nameof(GeneratorOptions.LabelNoise))]
    [InlineData(nameof(GeneratorOptions.AmbiguousReceivers))]
    public void An_option_out_of_range_is_named(string option)
    {
        var bad = option switch
        {
            nameof(GeneratorOptions.Rows) => Small with { Rows = -1 },
            nameof(GeneratorOptions.Months) => Small with { Months = 0 },
            nameof(GeneratorOptions.Receivers) => Small with { Receivers = 18 },
            nameof(GeneratorOptions.Senders) => Small with { Senders = 0 },
            nameof(GeneratorOptions.LabelNoise) => Small with { LabelNoise = 1.5 },
            _ => Small with { AmbiguousReceivers = -0.1 },
        };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TransactionGenerator.Generate(bad));
        Assert.Equal(option, error.ParamName);
    }

    private static string Csv(GeneratorOptions options)
    {
        var text = new StringWriter();
        TransactionCsv.Write(text, TransactionGenerator.Generate(options));
        return text.ToString();
    }

    private static (string, string, decimal, DateTime) Payment(LabelledTransaction r) =>
        (r.ReceiverId, r.SenderId, r.Amount, r.Timestamp);
}
