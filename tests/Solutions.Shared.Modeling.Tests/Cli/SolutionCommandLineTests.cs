using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Bundles;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.Shared.Modeling.Tests.Cli;

public sealed class SolutionCommandLineTests
{
    private const string Solution = "Churn";

    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    // Like a real run, it reads its seed first, so a bad --seed surfaces while it executes.
    private readonly ScriptedCommand _run = new("run", [CommandOption.Data("data/churn.csv"), CommandOption.Seed], a =>
    {
        _ = a.Seed;
        return 0;
    });
    private readonly ScriptedCommand _predict = new("predict", [new CommandOption("model", "DIR", "the model bundle folder", Required: true)]);

    [Fact]
    public async Task No_arguments_run_the_first_command()
    {
        var exit = await Run();

        Assert.Equal(0, exit);
        var call = Assert.Single(_run.Calls);
        Assert.Equal("run", call.Command);
        Assert.Empty(_predict.Calls);
        Assert.Equal("", _error.ToString());
    }

    [Fact]
    public async Task Options_without_a_command_go_to_the_first_command()
    {
        var exit = await Run("--seed", "7");

        Assert.Equal(0, exit);
        Assert.Equal(7, Assert.Single(_run.Calls).Seed);
    }

    [Fact]
    public async Task A_named_command_gets_the_options_after_its_name()
    {
        var exit = await Run("predict", "--model", "bundle");

        Assert.Equal(0, exit);
        Assert.Equal("bundle", Assert.Single(_predict.Calls).Required("model"));
        Assert.Empty(_run.Calls);
    }

    [Fact]
    public async Task The_commands_exit_code_and_the_cancellation_token_pass_through()
    {
        var failing = new ScriptedCommand("check", [], _ => 3);
        using var cancellation = new CancellationTokenSource();

        var exit = await new SolutionCommandLine(Solution, [failing], _output, _error).RunAsync(["check"], cancellation.Token);

        Assert.Equal(3, exit);
        Assert.Equal(cancellation.Token, failing.LastToken);
    }

    [Fact]
    public async Task An_unknown_command_exits_2_listing_the_commands()
    {
        var exit = await Run("trian");

        Assert.Equal(SolutionCommandLine.UsageError, exit);
        Assert.Equal(2, exit);
        Assert.Equal($"Churn: unknown command 'trian'. Commands: run, predict.{Environment.NewLine}", _error.ToString());
        Assert.Equal("", _output.ToString());
        Assert.Empty(_run.Calls);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData("predict", "--help")]
    [InlineData("--seed", "3", "--help")]
    public async Task Help_lists_every_command_and_option_and_runs_nothing(params string[] args)
    {
        var exit = await Run(args);

        Assert.Equal(0, exit);
        Assert.Empty(_run.Calls);
        Assert.Empty(_predict.Calls);
        Assert.Equal("", _error.ToString());
        var lines = _output.ToString().Split(Environment.NewLine);
        Assert.Equal("Usage: Churn [command] [options]   (default command: run)", lines[0]);
        var text = _output.ToString();
        Assert.Contains("  run        the run step", text);
        Assert.Contains("      --data FILE|DIR   input data (default: data/churn.csv)", text);
        Assert.Contains("      --seed N          random seed (default: 42)", text);
        Assert.Contains("  predict    the predict step", text);
        Assert.Contains("      --model DIR        the model bundle folder (required)", text);
    }

    [Fact]
    public async Task A_command_line_mistake_exits_2_with_the_problem_and_a_pointer_to_help()
    {
        var exit = await Run("predict");

        Assert.Equal(2, exit);
        Assert.Equal(
            $"Churn: 'predict' needs --model DIR (the model bundle folder).{Environment.NewLine}" +
            $"Run 'Churn --help' for the commands and options.{Environment.NewLine}",
            _error.ToString());
        Assert.Empty(_predict.Calls);
    }

    [Fact]
    public async Task A_bad_value_found_by_the_command_is_a_usage_error_too()
    {
        var exit = await Run("--seed", "forty");

        Assert.Equal(2, exit);
        Assert.StartsWith("Churn: 'run': --seed must be a whole number, not 'forty'.", _error.ToString());
    }

    public static TheoryData<Exception> DataAndModelFailures =>
    [
        new TabularDataException("customers.csv", "customers.csv: line 3, column 'Minutes': 'abc' is not a number"),
        new CsvSyntaxException("customers.csv", 4, 12, "unterminated quote"),
        new ModelBundleException("Model bundle 'artifacts/churn/model' was trained by the HousePrices solution, not Churn."),
        new FileNotFoundException("Could not find file 'data/churn.csv'."),
        new DirectoryNotFoundException("Could not find a part of the path '/nowhere/model'."),
        new UnauthorizedAccessException("Access to the path '/readonly/out' is denied."),
        new IOException("No space left on device : '/full/out/model.zip'"),
        new InvalidOperationException("The training data has a single class: every customer churned."),
    ];

    [Theory]
    [MemberData(nameof(DataAndModelFailures))]
    public async Task A_data_or_model_failure_exits_1_with_its_message_alone(Exception failure)
    {
        var failing = new ScriptedCommand("run", [], _ => throw failure);

        var exit = await new SolutionCommandLine(Solution, [failing], _output, _error).RunAsync([], CancellationToken.None);

        Assert.Equal(SolutionCommandLine.Failure, exit);
        Assert.Equal($"Churn: {failure.Message}{Environment.NewLine}", _error.ToString());
        Assert.Equal("", _output.ToString());
    }

    [Fact]
    public async Task A_bug_in_a_command_is_not_disguised_as_a_user_error()
    {
        var buggy = new ScriptedCommand("run", [], _ => throw new NullReferenceException("bug"));

        await Assert.ThrowsAsync<NullReferenceException>(
            () => new SolutionCommandLine(Solution, [buggy], _output, _error).RunAsync([], CancellationToken.None));
        Assert.Equal("", _error.ToString());
    }

    private Task<int> Run(params string[] args) =>
        new SolutionCommandLine(Solution, [_run, _predict], _output, _error).RunAsync(args, CancellationToken.None);
}
