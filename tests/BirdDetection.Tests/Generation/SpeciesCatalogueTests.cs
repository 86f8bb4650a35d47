using Solutions.BirdDetection.Generation;

namespace Solutions.BirdDetection.Tests.Generation;

public sealed class SpeciesCatalogueTests
{
    [Fact]
    public void The_largest_catalogue_has_unique_names_and_folders()
    {
        var species = SpeciesCatalogue.Create(SpeciesCatalogue.MaximumSpecies, seed: 5);

        Assert.Equal(Enumerable.Range(1, 200), species.Select(s => s.Id));
        Assert.Equal(200, species.Select(s => s.Name).Distinct().Count());
        Assert.Equal(200, species.Select(s => s.FolderName).Distinct().Count());
        Assert.All(species, s => Assert.Matches(@"^\d{3}\.[A-Za-z0-9_]+$", s.FolderName));
    }

    [Fact]
    public void The_same_seed_gives_the_same_species()
    {
        Assert.Equal(SpeciesCatalogue.Create(10, seed: 3), SpeciesCatalogue.Create(10, seed: 3));
        Assert.NotEqual(SpeciesCatalogue.Create(10, seed: 3).Select(s => s.Name), SpeciesCatalogue.Create(10, seed: 4).Select(s => s.Name));
    }

    [Fact]
    public void Ten_species_have_ten_body_colours()
    {
        // Body colours step 7 places round an 18-colour palette; 7 and 18 share no factor, so 10 steps never repeat.
        var species = SpeciesCatalogue.Create(10, seed: 1);

        Assert.Equal(10, species.Select(s => s.Appearance.Body).Distinct().Count());
    }

    [Fact]
    public void Names_are_plainly_made_up()
    {
        string[] madeUp = ["Pixelfinch", "Fauxwren", "Mocklark", "Synthtit", "Bitbunting", "Vectorvireo", "Polysparrow", "Renderrobin",
            "Glyphwarbler", "Codecthrush", "Shaderswift", "Bezierbill"];

        Assert.All(SpeciesCatalogue.Create(30, seed: 9), s => Assert.Contains(madeUp, noun => s.Name.Contains(noun, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public void A_count_outside_1_to_200_is_refused(int count) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SpeciesCatalogue.Create(count, seed: 1));
}
