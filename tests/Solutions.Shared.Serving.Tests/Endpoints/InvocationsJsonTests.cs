using System.Net;
using System.Text.Json;
using Solutions.Shared.Serving.Tests.Fakes;

namespace Solutions.Shared.Serving.Tests.Endpoints;

/// <summary>
/// JSON and JSON Lines requests against <see cref="SummingPredictor"/> (Score = Day Mins + Calls + Intl Plan):
/// 120.5 + 3 + 1 = 124.5 (churn); 10.25 + 2 + 0 = 12.25 (no churn).
/// </summary>
public sealed class InvocationsJsonTests
{
    private const string ChurningObject =
        """{"Day Mins": 120.5, "calls": 3, "Intl Plan": true, "State": "KS", "Notes": {"ignored": [1, 2]}}""";

    private static double[] Scores(string body)
    {
        using var document = JsonDocument.Parse(body);
        return [.. document.RootElement.GetProperty("predictions").EnumerateArray()
            .Select(prediction => prediction.GetProperty("Score").GetDouble())];
    }

    [Fact]
    public async Task Scores_a_single_object_ignoring_extra_keys()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(ChurningObject, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal("""{"predictions":[{"Score":124.5,"Churn":true,"State":"KS"}]}""", response.Body);
    }

    [Fact]
    public async Task A_list_in_a_text_column_arrives_joined_by_the_list_separator()
    {
        var predictor = new SummingPredictor();
        await using var served = await ServingApp.StartLoadedAsync(predictor);

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(
            """{"Day Mins": 1, "calls": 2, "Intl Plan": false, "State": ["KS", 5, 6.5]}""", "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("KS;5;6.5", Assert.Single(predictor.LastRows)[3]);
    }

    [Fact]
    public async Task A_list_holding_an_object_or_the_separator_is_refused_naming_row_and_column()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var nested = await ServedResponse.ReadAsync(await served.InvokeAsync(
            """{"Day Mins": 1, "calls": 2, "Intl Plan": false, "State": [{"a": 1}]}""", "application/json"));
        var separator = await ServedResponse.ReadAsync(await served.InvokeAsync(
            """{"Day Mins": 1, "calls": 2, "Intl Plan": false, "State": ["K;S"]}""", "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, nested.Status);
        Assert.Contains("row 1, key 'State'", nested.Body);
        Assert.Contains("not an object", nested.Body);
        Assert.Equal(HttpStatusCode.BadRequest, separator.Status);
        Assert.Contains("without ';'", separator.Body);
    }

    [Fact]
    public async Task Scores_a_single_array_of_values_in_schema_order()
    {
        var predictor = new SummingPredictor();
        await using var served = await ServingApp.StartLoadedAsync(predictor);

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(
            """[10.25, "2", "no", "OH", "2024-05-31"]""", "application/json"));

        Assert.Equal(new[] { 12.25 }, Scores(response.Body));
        Assert.Equal(new DateTime(2024, 5, 31), Assert.Single(predictor.LastRows)[4]);
    }

    [Fact]
    public async Task Scores_the_instances_form_mixing_objects_and_arrays()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(
            $$"""{"instances": [{{ChurningObject}}, [10.25, 2, 0, "OH", null]]}""", "application/json"));

        Assert.Equal(new[] { 124.5, 12.25 }, Scores(response.Body));
    }

    [Fact]
    public async Task Scores_a_bare_array_of_instances()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(
            $"[{ChurningObject}, [10.25, 2, false, \"OH\", null]]", "application/json"));

        Assert.Equal(new[] { 124.5, 12.25 }, Scores(response.Body));
    }

    [Fact]
    public async Task Scores_json_lines_and_answers_in_json_lines()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(
            $"{ChurningObject}\n\n[10.25, 2, false, \"OH\", null]\n", "application/jsonlines"));

        Assert.Equal("application/jsonlines", response.MediaType);
        Assert.Equal(
            "{\"Score\":124.5,\"Churn\":true,\"State\":\"KS\"}\n{\"Score\":12.25,\"Churn\":false,\"State\":\"OH\"}\n",
            response.Body);
    }

    [Fact]
    public async Task A_missing_required_key_names_row_and_key()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(
            $$"""{"instances": [{{ChurningObject}}, {"Day Mins": 1, "Calls": 2, "State": "OH"}]}""", "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("row 2: missing required key 'Intl Plan'", response.Message);
    }

    [Theory]
    [InlineData("""{"Day Mins": "abc", "Calls": 3, "Intl Plan": true, "State": "KS"}""", "row 1, key 'Day Mins': 'abc' is not a number")]
    [InlineData("""{"Day Mins": 1, "Calls": 1.5, "Intl Plan": true, "State": "KS"}""", "row 1, key 'Calls': '1.5' is not a whole number")]
    [InlineData("""{"Day Mins": null, "Calls": 1, "Intl Plan": true, "State": "KS"}""", "row 1, key 'Day Mins': a value is required (got null)")]
    [InlineData("""{"Day Mins": true, "Calls": 1, "Intl Plan": true, "State": "KS"}""", "row 1, key 'Day Mins': got true, expected a number")]
    [InlineData("""[1, 2, true, "KS", [2024]]""", "row 1, column 5 'Signup': got an array, expected a date-time string")]
    [InlineData("""[1, 2, true, "KS"]""", "row 1: expected 5 values in schema order, got 4")]
    [InlineData("""{"instances": 3}""", "'instances' must be a JSON array of instances, got a number")]
    [InlineData("""{"instances": []}""", "the request holds no instances")]
    [InlineData("""[[1, 2, true, "KS", null], 7]""", "row 2: expected an object keyed by column name or an array of values in schema order, got a number")]
    [InlineData("""{"Day Mins": 1, "day mins": 2, "Calls": 1, "Intl Plan": true, "State": "KS"}""", "row 1: column 'Day Mins' is given twice (keys are case-insensitive)")]
    public async Task Bad_instances_are_refused_with_row_and_key(string body, string expected)
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(body, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(expected, response.Message);
    }

    [Fact]
    public async Task Malformed_json_reports_line_and_position()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        // Line 3 is "  oops": the reader stops at its first byte, position 3.
        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(
            "{\n  \"Day Mins\": 1,\n  oops\n}", "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith("malformed JSON at line 3, position 3: ", response.Message);
    }

    [Fact]
    public async Task Malformed_json_lines_report_the_physical_line()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(
            $"{ChurningObject}\n\n{{\"Day Mins\": }}\n", "application/jsonlines"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith("malformed JSON at line 3, position ", response.Message);
    }
}
