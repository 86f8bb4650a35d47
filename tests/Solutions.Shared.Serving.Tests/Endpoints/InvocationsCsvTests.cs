using System.Net;
using Solutions.Shared.Serving.Tests.Fakes;

namespace Solutions.Shared.Serving.Tests.Endpoints;

/// <summary>
/// CSV requests against <see cref="SummingPredictor"/>: Score = Day Mins + Calls + (Intl Plan ? 1 : 0),
/// Churn = Score &gt; 100. Row "120.5,3,yes,KS" scores 120.5 + 3 + 1 = 124.5 (churn);
/// row "10.25,2,no,OH" scores 10.25 + 2 + 0 = 12.25 (no churn).
/// </summary>
public sealed class InvocationsCsvTests
{
    [Fact]
    public async Task Scores_a_row_without_header()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync("120.5,3,yes,KS,\n", "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/csv", response.MediaType);
        Assert.Equal("124.5,true,KS\n", response.Body);
    }

    [Fact]
    public async Task Hands_the_predictor_typed_values()
    {
        var predictor = new SummingPredictor();
        await using var served = await ServingApp.StartLoadedAsync(predictor);

        await served.InvokeAsync("120.5,3,True.,KS,2024-05-31T13:45:00Z", "text/csv; charset=utf-8");

        var row = Assert.Single(predictor.LastRows);
        Assert.Equal(120.5, Assert.IsType<double>(row[0]));
        Assert.Equal(3L, Assert.IsType<long>(row[1]));
        Assert.True(Assert.IsType<bool>(row[2]));
        Assert.Equal("KS", row[3]);
        Assert.Equal(new DateTime(2024, 5, 31, 13, 45, 0, DateTimeKind.Utc), Assert.IsType<DateTime>(row[4]));
    }

    [Fact]
    public async Task Scores_rows_after_a_header()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(
            "Day Mins,Calls,Intl Plan,State,Signup\r\n120.5,3,yes,KS,\r\n", "text/csv"));

        Assert.Equal("124.5,true,KS\n", response.Body);
    }

    [Fact]
    public async Task A_header_may_reorder_columns_add_extra_ones_and_omit_optional_ones()
    {
        var predictor = new SummingPredictor();
        await using var served = await ServingApp.StartLoadedAsync(predictor);

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(
            "State,Notes,calls,INTL PLAN,day mins\nKS,\"called twice, angry\",3,yes,120.5\n", "text/csv"));

        Assert.Equal("124.5,true,KS\n", response.Body);
        Assert.Null(Assert.Single(predictor.LastRows)[4]);
    }

    [Fact]
    public async Task Scores_many_rows_in_order()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        // 0.1 + 0 + 0 = 0.1 is written shortest round-trip ("0.1", not "0.10000000000000001").
        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(
            "120.5,3,yes,KS,\n\n10.25,2,no,OH,\n0.1,0,false,\"New York, NY\",\n", "text/csv"));

        Assert.Equal("124.5,true,KS\n12.25,false,OH\n0.1,false,\"New York, NY\"\n", response.Body);
    }

    [Fact]
    public async Task A_bad_value_names_row_column_and_value()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(
            "120.5,3,yes,KS,\n10.25,2,no,OH,\nabc,2,no,OH,\n", "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("row 3, column 1 'Day Mins': 'abc' is not a number", response.Message);
    }

    [Fact]
    public async Task A_bad_value_under_a_header_names_its_position_in_the_request()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(
            "State,Intl Plan,Calls,Day Mins\nKS,maybe,3,120.5\n", "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(
            "row 1, column 2 'Intl Plan': 'maybe' is not a boolean (expected true/false, yes/no or 1/0)", response.Message);
    }

    [Theory]
    [InlineData("NaN,3,yes,KS,", "row 1, column 1 'Day Mins': 'NaN' is not a finite number")]
    [InlineData("Infinity,3,yes,KS,", "row 1, column 1 'Day Mins': 'Infinity' is not a finite number")]
    [InlineData("1,3.5,yes,KS,", "row 1, column 2 'Calls': '3.5' is not a whole number")]
    [InlineData(",3,yes,KS,", "row 1, column 1 'Day Mins': a value is required")]
    [InlineData("1,3,yes,KS,soon", "row 1, column 5 'Signup': 'soon' is not a date-time (expected ISO 8601, e.g. 2024-05-31T13:45:00Z)")]
    public async Task Values_are_checked_per_column_kind(string row, string expected)
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(row, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(expected, response.Message);
    }

    [Fact]
    public async Task A_row_with_the_wrong_field_count_names_row_expected_and_actual()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync("120.5,3,yes,KS,\n1,2,no\n", "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith("row 2: expected 5 fields, got 3", response.Message);
    }

    [Fact]
    public async Task A_header_without_a_required_column_is_refused_by_name()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(
            "Day Mins,Calls,State\n120.5,3,KS\n", "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("the header row lacks required column 'Intl Plan'", response.Message);
    }

    [Fact]
    public async Task An_unterminated_quote_is_refused_with_its_line()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync("120.5,3,yes,\"KS,\n", "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(
            "request body, line 1, column 13: unterminated quoted field (no closing quote before the end of the input)",
            response.Message);
    }

    [Fact]
    public async Task A_predictor_refusing_a_row_gives_400_with_its_message()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync("1,2,no,XX,", "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("state 'XX' was not seen in training", response.Message);
    }
}
