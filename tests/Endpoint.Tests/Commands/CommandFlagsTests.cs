using Solutions.Endpoint.Commands;

namespace Solutions.Endpoint.Tests.Commands;

public sealed class CommandFlagsTests
{
    [Theory]
    [InlineData("--config c.json --train-missing", "--config c.json --train-missing=true")]
    [InlineData("--train-missing --port 9", "--train-missing=true --port 9")]
    [InlineData("--train-missing false", "--train-missing false")]
    [InlineData("--config c.json", "--config c.json")]
    public void A_bare_flag_gets_the_value_true(string given, string expected)
    {
        Assert.Equal(expected, string.Join(' ', CommandFlags.Expand(given.Split(' '), ServeCommand.TrainMissingOption)));
    }
}
