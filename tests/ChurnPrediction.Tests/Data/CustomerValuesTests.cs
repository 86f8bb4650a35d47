using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Tests.Fixtures;
using Solutions.Shared.Data.Tabular;

namespace Solutions.ChurnPrediction.Tests.Data;

public sealed class CustomerValuesTests
{
    [Fact]
    public void The_schema_is_the_files_columns_without_the_label_in_file_order()
    {
        var header = ChurnFiles.Header.Split(',');

        Assert.Equal(header[..^1], CustomerValues.Schema.Columns.Select(c => c.Name));
        Assert.Equal(ChurnRecord.LabelColumn, header[^1]);
        Assert.Equal(ColumnKind.Text, Kind("State"));
        Assert.Equal(ColumnKind.Text, Kind("Area Code"));
        Assert.Equal(ColumnKind.Integer, Kind("Account Length"));
        Assert.Equal(ColumnKind.Boolean, Kind("Int'l Plan"));
        Assert.Equal(ColumnKind.Number, Kind("Day Mins"));
        Assert.Equal(ColumnKind.Integer, Kind("CustServ Calls"));
    }

    [Fact]
    public void A_customer_survives_ToRow_then_FromRow()
    {
        var customer = new ChurnCustomer
        {
            State = "NJ", AccountLength = 137, AreaCode = "415", InternationalPlan = true, VoiceMailPlan = false,
            VoiceMailMessages = 3, DayMinutes = 243.4, DayCalls = 114, DayCharge = 41.38, EveningMinutes = 121.2,
            EveningCalls = 110, EveningCharge = 10.3, NightMinutes = 162.6, NightCalls = 104, NightCharge = 7.32,
            InternationalMinutes = 12.2, InternationalCalls = 5, InternationalCharge = 3.29, CustomerServiceCalls = 4,
        };

        var back = CustomerValues.FromRow(CustomerValues.ToRow(customer));

        Assert.Equivalent(customer, back, strict: true);
    }

    [Fact]
    public void Real_customers_survive_the_round_trip()
    {
        foreach (var customer in ChurnFiles.Real.Rows.Take(200))
        {
            var row = CustomerValues.ToRow(customer);
            Assert.Equal(row, CustomerValues.ToRow(CustomerValues.FromRow(row)));
        }
    }

    [Fact]
    public void ToRow_gives_each_value_the_type_the_serving_contract_parses_its_column_to()
    {
        var row = CustomerValues.ToRow(ChurnFiles.Real.Rows[0]);

        for (var i = 0; i < row.Length; i++)
        {
            var expected = CustomerValues.Schema.Columns[i].Kind switch
            {
                ColumnKind.Text => typeof(string),
                ColumnKind.Integer => typeof(long),
                ColumnKind.Number => typeof(double),
                ColumnKind.Boolean => typeof(bool),
                var other => throw new InvalidOperationException($"unexpected kind {other}"),
            };
            Assert.IsType(expected, row[i]);
        }
    }

    [Fact]
    public void A_row_of_the_wrong_length_is_refused_with_both_counts()
    {
        var thrown = Assert.Throws<ArgumentException>(() => CustomerValues.FromRow(new object?[18]));

        Assert.Contains("19", thrown.Message);
        Assert.Contains("18", thrown.Message);
    }

    private static ColumnKind Kind(string name) => CustomerValues.Schema.Columns[CustomerValues.Schema.IndexOf(name)].Kind;
}
