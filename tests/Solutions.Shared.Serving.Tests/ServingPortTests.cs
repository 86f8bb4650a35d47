namespace Solutions.Shared.Serving.Tests;

public sealed class ServingPortTests
{
    private static Func<string, string?> Environment(string? port) =>
        name => name == "SAGEMAKER_BIND_TO_PORT" ? port : null;

    [Fact]
    public void Without_explicit_port_or_variable_listens_on_8080() =>
        Assert.Equal(8080, ServingPort.Resolve(null, Environment(null)));

    [Fact]
    public void Reads_SAGEMAKER_BIND_TO_PORT() =>
        Assert.Equal(9091, ServingPort.Resolve(null, Environment(" 9091 ")));

    [Fact]
    public void Explicit_port_wins_over_the_variable() =>
        Assert.Equal(7000, ServingPort.Resolve(7000, Environment("9091")));

    [Fact]
    public void Explicit_zero_asks_for_a_free_port() =>
        Assert.Equal(0, ServingPort.Resolve(0, Environment("9091")));

    [Fact]
    public void Blank_variable_falls_back_to_8080() =>
        Assert.Equal(8080, ServingPort.Resolve(null, Environment("  ")));

    [Theory]
    [InlineData("http")]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("-1")]
    public void Invalid_variable_is_refused_naming_it(string value)
    {
        var error = Assert.Throws<FormatException>(() => ServingPort.Resolve(null, Environment(value)));
        Assert.Contains("SAGEMAKER_BIND_TO_PORT", error.Message);
        Assert.Contains($"'{value}'", error.Message);
    }

    [Fact]
    public void Explicit_port_out_of_range_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ServingPort.Resolve(70000, Environment(null)));
}
