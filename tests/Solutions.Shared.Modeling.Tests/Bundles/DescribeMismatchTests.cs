using Solutions.Shared.Data.Tabular;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.Shared.Modeling.Tests.Bundles;

public sealed class DescribeMismatchTests
{
    private static readonly TabularSchema Expected = new(
    [
        new ColumnSpec("Plan", ColumnKind.Text),
        new ColumnSpec("Minutes", ColumnKind.Number),
    ]);

    [Fact]
    public void Equal_schemas_have_no_mismatch()
    {
        var copy = new TabularSchema([new ColumnSpec("Plan", ColumnKind.Text), new ColumnSpec("Minutes", ColumnKind.Number)]);

        Assert.Null(ModelBundle.DescribeMismatch(copy, Expected));
    }

    [Fact]
    public void A_renamed_column_is_named_with_its_position()
    {
        var bundle = new TabularSchema([new ColumnSpec("Plan", ColumnKind.Text), new ColumnSpec("Seconds", ColumnKind.Number)]);

        Assert.Equal(
            "input column 2 is 'Seconds' (Number) in the bundle but 'Minutes' (Number) is expected",
            ModelBundle.DescribeMismatch(bundle, Expected));
    }

    [Fact]
    public void A_column_that_became_optional_says_so()
    {
        var bundle = new TabularSchema([new ColumnSpec("Plan", ColumnKind.Text, Required: false), new ColumnSpec("Minutes", ColumnKind.Number)]);

        Assert.Equal(
            "input column 1 is 'Plan' (Text, optional) in the bundle but 'Plan' (Text) is expected",
            ModelBundle.DescribeMismatch(bundle, Expected));
    }

    [Fact]
    public void Swapped_columns_are_a_mismatch_because_order_matters()
    {
        var bundle = new TabularSchema([new ColumnSpec("Minutes", ColumnKind.Number), new ColumnSpec("Plan", ColumnKind.Text)]);

        Assert.StartsWith("input column 1 is 'Minutes' (Number) in the bundle", ModelBundle.DescribeMismatch(bundle, Expected));
    }

    [Fact]
    public void Missing_and_extra_columns_are_named()
    {
        var shorter = new TabularSchema([new ColumnSpec("Plan", ColumnKind.Text)]);

        Assert.Equal("the bundle's input schema lacks column 2 'Minutes' (Number)", ModelBundle.DescribeMismatch(shorter, Expected));
        Assert.Equal("the bundle's input schema has an extra column 2 'Minutes'", ModelBundle.DescribeMismatch(Expected, shorter));
    }
}
