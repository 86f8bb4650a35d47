using Solutions.PaymentClassification.Tests.Fixtures;

namespace Solutions.PaymentClassification.Tests.Commands;

[Collection(TrainedRunCollection.Name)]
public sealed class CommandLineTests(TrainedRun run)
{
    [Fact]
    public async Task Ingesting_the_same_file_again_adds_nothing()
    {
        var outcome = await PaymentCommandLine.RunAsync("ingest", "--data", run.DataPath, "--store", run.StorePath);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("5,000 transactions: 0 added, 5,000 already stored", outcome.Output);
    }

    [Fact]
    public async Task Generate_writes_the_asked_rows_and_the_same_seed_gives_the_same_file()
    {
        using var folder = new TempFolder();
        var first = await PaymentCommandLine.RunAsync("generate", "--rows", "300", "--seed", "3", "--out", folder.Combine("a.csv"));
        await PaymentCommandLine.RunAsync("generate", "--rows", "300", "--seed", "3", "--out", folder.Combine("b.csv"));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(301, File.ReadAllLines(folder.Combine("a.csv")).Length);
        Assert.Equal(File.ReadAllBytes(folder.Combine("a.csv")), File.ReadAllBytes(folder.Combine("b.csv")));
    }

    [Fact]
    public async Task Predict_classifies_new_payments_with_every_probability()
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(run.DataPath);
        // The last three payments of the file without their category, as new payments.
        File.WriteAllLines(folder.Combine("new.csv"),
            ["receiver_id,sender_id,amount,timestamp", .. lines[^3..].Select(l => string.Join(',', l.Split(',')[^4..]))]);

        var outcome = await PaymentCommandLine.RunAsync(
            "predict", "--model", run.ModelFolder, "--input", folder.Combine("new.csv"), "--output", folder.Combine("out.csv"));

        Assert.Equal(0, outcome.ExitCode);
        var output = File.ReadAllLines(folder.Combine("out.csv"));
        Assert.Equal(4, output.Length);
        Assert.StartsWith("receiver_id,sender_id,amount,timestamp,category,probability,p_uncategorized,p_entertainment,", output[0]);
        Assert.Equal(25, output[0].Split(',').Length);
        Assert.All(output[1..], line => Assert.Equal(25, line.Split(',').Length));
    }

    [Fact]
    public async Task Evaluate_writes_the_classification_report_of_a_labelled_file()
    {
        using var folder = new TempFolder();

        var outcome = await PaymentCommandLine.RunAsync(
            "evaluate", "--model", run.ModelFolder, "--data", run.DataPath, "--out", folder.Path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("macro avg", File.ReadAllText(folder.Combine("classification_report.txt")));
        Assert.Contains("\"macro_f1\"", File.ReadAllText(folder.Combine("metrics.json")));
        PngFile.AssertValid(folder.Combine("confusion_matrix.png"));
    }

    [Fact]
    public async Task A_missing_bundle_fails_with_its_path()
    {
        var outcome = await PaymentCommandLine.RunAsync("serve", "--model", "/nonexistent/payment-model");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("'/nonexistent/payment-model' does not exist", outcome.Error);
    }

    [Theory]
    [InlineData(new[] { "generate", "--rows", "0" }, "--rows must be at least 1")]
    [InlineData(new[] { "run", "--algorithm", "xgboost" }, "--algorithm must be LightGbm or FastTree, not 'xgboost'")]
    [InlineData(new[] { "predict", "--input", "x.csv" }, "'predict' needs --model DIR")]
    [InlineData(new[] { "ingest", "--data" }, "option --data needs a value")]
    [InlineData(new[] { "classify" }, "unknown command 'classify'")]
    public async Task Command_line_mistakes_exit_2_with_one_clear_line(string[] args, string message)
    {
        var outcome = await PaymentCommandLine.RunAsync(args);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Error);
    }

    [Fact]
    public async Task Ingest_reports_malformed_rows_by_line_and_fails()
    {
        using var folder = new TempFolder();
        File.WriteAllLines(folder.Combine("bad.csv"),
        [
            "transaction_category,receiver_id,sender_id,amount,timestamp",
            "Shopping,1234567890123456,6543210987654321,12.50,2024-03-01 10:00:00",
            "Shopping,1234567890123456,6543210987654321,twelve,2024-03-01 10:00:00",
        ]);

        var outcome = await PaymentCommandLine.RunAsync("ingest", "--data", folder.Combine("bad.csv"), "--store", folder.Combine("s.db"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("line 3", outcome.Error);
        Assert.Contains("amount", outcome.Error);
        Assert.Contains("1 added, 0 already stored; rows rejected: 1", outcome.Output);
    }
}
