using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Serving.Requests;

namespace Solutions.Shared.Serving.Tests.Requests;

public sealed class ColumnValueTests
{
    private static object? Parsed(string text, ColumnKind kind, bool required = true)
    {
        var problem = ColumnValue.TryParse(text, new ColumnSpec("c", kind, required), out var value);
        Assert.Null(problem);
        return value;
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("False", false)]
    [InlineData("YES", true)]
    [InlineData("no", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("True.", true)]
    [InlineData(" False. ", false)]
    public void Booleans_accept_the_usual_spellings(string text, bool expected) =>
        Assert.Equal(expected, Parsed(text, ColumnKind.Boolean));

    [Theory]
    [InlineData("1e3", 1000.0)]
    [InlineData(" -2.5 ", -2.5)]
    [InlineData("0.1", 0.1)]
    public void Numbers_use_the_invariant_culture(string text, double expected) =>
        Assert.Equal(expected, Parsed(text, ColumnKind.Number));

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("3.0", 3L)]
    [InlineData("-7", -7L)]
    public void Integers_accept_whole_values_written_as_reals(string text, long expected) =>
        Assert.Equal(expected, Parsed(text, ColumnKind.Integer));

    [Theory]
    [InlineData("1,5", "'1,5' is not a number")]
    [InlineData("-Infinity", "'-Infinity' is not a finite number")]
    public void Numbers_refuse_commas_and_infinities(string text, string expected) =>
        Assert.Equal(expected, ColumnValue.TryParse(text, new ColumnSpec("c", ColumnKind.Number), out _));

    [Fact]
    public void An_empty_optional_value_is_null() =>
        Assert.Null(Parsed("", ColumnKind.Number, required: false));

    [Fact]
    public void Long_values_are_cut_short_in_messages()
    {
        var problem = ColumnValue.TryParse(new string('z', 100), new ColumnSpec("c", ColumnKind.Number), out _);
        Assert.Equal($"'{new string('z', 40)}…' is not a number", problem);
    }
}
