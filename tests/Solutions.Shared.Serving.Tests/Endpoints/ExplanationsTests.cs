using System.Net;
using Solutions.Shared.Serving.Tests.Fakes;

namespace Solutions.Shared.Serving.Tests.Endpoints;

/// <summary>
/// The X-Amzn-SageMaker-Enable-Explanations switch. For "120.5,3,yes,KS," the fake's contributions are its
/// inputs, largest magnitude first: Day Mins 120.5, Calls 3, Intl Plan 1.
/// </summary>
public sealed class ExplanationsTests
{
    private const string Row = "120.5,3,yes,KS,";

    [Theory]
    [InlineData("`true`")]
    [InlineData("true")]
    [InlineData(" True ")]
    [InlineData("1")]
    public async Task A_true_condition_adds_the_explanation_to_json(string header)
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(Row, "text/csv", "application/json", header));

        Assert.Equal(
            """{"predictions":[{"Score":124.5,"Churn":true,"State":"KS","explanation":[""" +
            """{"feature":"Day Mins","contribution":120.5},{"feature":"Calls","contribution":3},""" +
            """{"feature":"Intl Plan","contribution":1}]}]}""",
            response.Body);
    }

    [Theory]
    [InlineData("`false`")]
    [InlineData("false")]
    [InlineData("0")]
    [InlineData(null)]
    public async Task A_false_or_absent_condition_gives_scores_only(string? header)
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(Row, "text/csv", "application/json", header));

        Assert.Equal("""{"predictions":[{"Score":124.5,"Churn":true,"State":"KS"}]}""", response.Body);
    }

    [Fact]
    public async Task Csv_appends_feature_and_contribution_pairs()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(Row, "text/csv", explanations: "`true`"));

        Assert.Equal("124.5,true,KS,Day Mins,120.5,Calls,3,Intl Plan,1\n", response.Body);
    }

    [Fact]
    public async Task Json_lines_carry_the_explanation_per_line()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(
            await served.InvokeAsync(Row + "\n10.25,2,no,OH,", "text/csv", "application/jsonlines", "true"));

        // Second row: 10.25 + 2 + 0 = 12.25; contributions 10.25, 2, 0.
        Assert.Equal(
            """{"Score":124.5,"Churn":true,"State":"KS","explanation":[{"feature":"Day Mins","contribution":120.5},{"feature":"Calls","contribution":3},{"feature":"Intl Plan","contribution":1}]}""" + "\n" +
            """{"Score":12.25,"Churn":false,"State":"OH","explanation":[{"feature":"Day Mins","contribution":10.25},{"feature":"Calls","contribution":2},{"feature":"Intl Plan","contribution":0}]}""" + "\n",
            response.Body);
    }

    [Theory]
    [InlineData("`maybe`")]
    [InlineData("yes please")]
    [InlineData("`1")]
    public async Task Any_other_value_gets_400_naming_the_header(string header)
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(Row, "text/csv", explanations: header));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("X-Amzn-SageMaker-Enable-Explanations", response.Message);
    }
}
