using Solutions.Shared.Data.Tabular;

namespace Solutions.Shared.Data.Tests.Tabular;

public sealed class TabularSchemaTests
{
    private sealed class GuidRow
    {
        [CsvColumn("Id")] public Guid Id { get; set; }
    }

    private sealed class TwiceRow
    {
        [CsvColumn("Score")] public double A { get; set; }
        [CsvColumn(" score ")] public double B { get; set; }
    }

    private sealed class UnmarkedRow
    {
        public double Score { get; set; }
    }

    [Fact]
    public void For_lists_the_marked_properties_in_declaration_order_with_kinds_and_optionality()
    {
        var schema = TabularSchema.For<CustomerRow>();

        Assert.Equal(new TabularSchema([
            new ColumnSpec("State", ColumnKind.Text),
            new ColumnSpec("Account Length", ColumnKind.Integer),
            new ColumnSpec("Day Mins", ColumnKind.Number),
            new ColumnSpec("Churn?", ColumnKind.Boolean),
        ]), schema);
        Assert.Equal(2, schema.IndexOf(" day mins "));
    }

    [Fact]
    public void Nullable_properties_give_optional_columns()
    {
        var optional = TabularSchema.For<AllTypesRow>().Columns.Where(c => !c.Required).Select(c => c.Name);

        Assert.Equal(["Maybe Real", "Maybe Count", "Maybe Flag", "Maybe When", "Note"], optional);
    }

    [Fact]
    public void An_unsupported_property_type_names_the_property()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TabularSchema.For<GuidRow>());

        Assert.StartsWith("Row type GuidRow, property Id ([CsvColumn(\"Id\")]): type Guid is not supported", error.Message);
    }

    [Fact]
    public void A_column_mapped_twice_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TabularSchema.For<TwiceRow>());

        Assert.Contains("the column 'Score' is mapped twice", error.Message);
    }

    [Fact]
    public void A_row_type_without_marked_properties_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            CsvLoader.Load<UnmarkedRow>(new StringReader("Score\n1\n"), "scores.csv"));

        Assert.Equal("Row type UnmarkedRow has no properties marked [CsvColumn(\"header name\")].", error.Message);
    }
}
