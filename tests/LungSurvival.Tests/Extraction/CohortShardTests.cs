using Solutions.LungSurvival.Extraction;

namespace Solutions.LungSurvival.Tests.Extraction;

public sealed class CohortShardTests
{
    [Fact]
    public void Shard_i_of_n_takes_positions_congruent_to_i_minus_one()
    {
        // Positions 0..6 split three ways: 1/3 takes 0, 3, 6; 2/3 takes 1, 4; 3/3 takes 2, 5.
        int[] Positions(string shard) => [.. Enumerable.Range(0, 7).Where(CohortShard.Parse(shard).Includes)];
        Assert.Equal([0, 3, 6], Positions("1/3"));
        Assert.Equal([1, 4], Positions("2/3"));
        Assert.Equal([2, 5], Positions("3/3"));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], Positions("1/1"));
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("-1/3")]
    public void Refuses_a_shard_that_cannot_exist(string text) =>
        Assert.Contains("should be i/N", Assert.Throws<FormatException>(() => CohortShard.Parse(text)).Message);

    [Fact]
    public void Names_the_shard_files()
    {
        var files = new RadiomicsFiles("/out");
        Assert.Equal(Path.Combine("/out", "radiomics.shard-2-of-3.csv"), files.Features(new CohortShard(2, 3)));
        Assert.Equal(Path.Combine("/out", "radiomics.shard-2-of-3.json"), files.Manifest(new CohortShard(2, 3)));
        Assert.Equal(Path.Combine("/out", "radiomics.csv"), files.Features());
    }
}
