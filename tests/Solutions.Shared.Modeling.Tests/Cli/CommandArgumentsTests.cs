using Solutions.Shared.Modeling.Cli;

namespace Solutions.Shared.Modeling.Tests.Cli;

public sealed class CommandArgumentsTests
{
    private static readonly CommandOption Model = new("model", "DIR", "the model bundle folder", Required: true);

    private static readonly IReadOnlyList<CommandOption> RunOptions =
        [CommandOption.Data("data/churn.csv"), CommandOption.Out("artifacts/churn"), CommandOption.Seed];

    [Fact]
    public void Values_are_read_from_both_spellings()
    {
        var arguments = CommandArguments.Parse("run", ["--data", "customers.csv", "--out=reports/run 1"], RunOptions);

        Assert.Equal("run", arguments.Command);
        Assert.Equal("customers.csv", arguments.Get("data"));
        Assert.Equal("reports/run 1", arguments.Get("out"));
        Assert.Null(arguments.Get("seed"));
    }

    [Fact]
    public void Only_the_first_equals_sign_splits_name_from_value()
    {
        var arguments = CommandArguments.Parse("run", ["--data=a=b.csv"], RunOptions);

        Assert.Equal("a=b.csv", arguments.Get("data"));
    }

    [Fact]
    public void A_value_may_start_with_a_single_dash()
    {
        var arguments = CommandArguments.Parse("run", ["--seed", "-7"], RunOptions);

        Assert.Equal(-7, arguments.Seed);
    }

    [Fact]
    public void An_unknown_option_lists_the_accepted_ones()
    {
        var e = Assert.Throws<CommandLineException>(() => CommandArguments.Parse("run", ["--dat", "x.csv"], RunOptions));

        Assert.Equal("'run' has no option --dat (it accepts: --data, --out, --seed).", e.Message);
    }

    [Fact]
    public void An_unknown_option_of_a_command_without_options_says_none_are_accepted()
    {
        var e = Assert.Throws<CommandLineException>(() => CommandArguments.Parse("version", ["--verbose=1"], []));

        Assert.Equal("'version' has no option --verbose (it accepts: none).", e.Message);
    }

    [Theory]
    [InlineData("--data")]
    [InlineData("--data", "--seed", "3")]
    [InlineData("--data=")]
    public void An_option_without_its_value_is_refused(params string[] args)
    {
        var e = Assert.Throws<CommandLineException>(() => CommandArguments.Parse("run", args, RunOptions));

        Assert.Equal("'run': option --data needs a value.", e.Message);
    }

    [Theory]
    [InlineData("--seed", "1", "--seed", "2")]
    [InlineData("--seed=1", "--seed", "1")]
    public void An_option_given_twice_is_refused(params string[] args)
    {
        var e = Assert.Throws<CommandLineException>(() => CommandArguments.Parse("run", args, RunOptions));

        Assert.Equal("'run': option --seed is given twice.", e.Message);
    }

    [Theory]
    [InlineData("customers.csv")]
    [InlineData("-d")]
    [InlineData("--")]
    public void A_bare_argument_is_refused_with_the_option_form(string arg)
    {
        var e = Assert.Throws<CommandLineException>(() => CommandArguments.Parse("run", [arg], RunOptions));

        Assert.Equal($"'run': unexpected argument '{arg}'; options look like --name VALUE.", e.Message);
    }

    [Fact]
    public void A_missing_required_option_is_named_with_its_value_and_description()
    {
        var e = Assert.Throws<CommandLineException>(() => CommandArguments.Parse("predict", ["--seed", "1"], [Model, CommandOption.Seed]));

        Assert.Equal("'predict' needs --model DIR (the model bundle folder).", e.Message);
    }

    [Fact]
    public void A_required_option_given_is_returned_by_Required()
    {
        var arguments = CommandArguments.Parse("predict", ["--model", "bundle"], [Model]);

        Assert.Equal("bundle", arguments.Required("model"));
        var e = Assert.Throws<CommandLineException>(() => arguments.Required("data"));
        Assert.Equal("'predict' needs --data.", e.Message);
    }

    [Fact]
    public void GetInt_reads_whole_numbers_and_falls_back_to_the_default()
    {
        var arguments = CommandArguments.Parse("run", ["--seed", "+12"], RunOptions);

        Assert.Equal(12, arguments.GetInt("seed", 0));
        Assert.Equal(5, arguments.GetInt("folds", 5));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("99999999999")]
    public void GetInt_refuses_what_is_not_an_int_quoting_it(string text)
    {
        var arguments = CommandArguments.Parse("run", ["--seed", text], RunOptions);

        var e = Assert.Throws<CommandLineException>(() => arguments.GetInt("seed", 0));

        Assert.Equal($"'run': --seed must be a whole number, not '{text}'.", e.Message);
    }

    [Fact]
    public void Seed_defaults_to_42()
    {
        Assert.Equal(42, CommandArguments.Parse("run", [], RunOptions).Seed);
        Assert.Equal(CommandArguments.DefaultSeed, CommandArguments.Parse("run", [], RunOptions).Seed);
        Assert.Equal(9, CommandArguments.Parse("run", ["--seed=9"], RunOptions).Seed);
    }

    [Fact]
    public void GetPath_makes_the_given_or_default_path_absolute()
    {
        var given = CommandArguments.Parse("run", ["--out", "reports/today"], RunOptions);
        var absent = CommandArguments.Parse("run", [], RunOptions);
        var defaultCalls = 0;

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "reports", "today"), given.GetPath("out", () => throw new InvalidOperationException("not needed")));
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "artifacts", "run"), absent.GetPath("out", () => { defaultCalls++; return "artifacts/run"; }));
        Assert.Equal(1, defaultCalls);
    }

    [Fact]
    public void The_shared_options_describe_their_defaults()
    {
        Assert.Equal(new CommandOption("data", "FILE|DIR", "input data (default: data/churn.csv)"), CommandOption.Data("data/churn.csv"));
        Assert.Equal(new CommandOption("out", "DIR", "output folder (default: artifacts/churn)"), CommandOption.Out("artifacts/churn"));
        Assert.Equal("random seed (default: 42)", CommandOption.Seed.Description);
        Assert.False(CommandOption.Seed.Required);
    }
}
