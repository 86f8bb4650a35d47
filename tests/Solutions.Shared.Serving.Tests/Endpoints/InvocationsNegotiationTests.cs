using System.Net;
using Solutions.Shared.Serving.Tests.Fakes;

namespace Solutions.Shared.Serving.Tests.Endpoints;

/// <summary>Content-Type and Accept handling; the row "120.5,3,yes,KS," scores 120.5 + 3 + 1 = 124.5.</summary>
public sealed class InvocationsNegotiationTests
{
    private const string CsvRow = "120.5,3,yes,KS,";
    private const string JsonRow = """{"Day Mins": 120.5, "Calls": 3, "Intl Plan": "yes", "State": "KS"}""";
    private const string CsvAnswer = "124.5,true,KS\n";
    private const string JsonAnswer = """{"predictions":[{"Score":124.5,"Churn":true,"State":"KS"}]}""";
    private const string JsonLinesAnswer = "{\"Score\":124.5,\"Churn\":true,\"State\":\"KS\"}\n";

    [Theory]
    [InlineData(CsvRow, null, CsvAnswer, "text/csv")]
    [InlineData(CsvRow, "*/*", CsvAnswer, "text/csv")]
    [InlineData(JsonRow, null, JsonAnswer, "application/json")]
    [InlineData(JsonRow, "*/*", JsonAnswer, "application/json")]
    [InlineData(CsvRow, "application/json", JsonAnswer, "application/json")]
    [InlineData(JsonRow, "text/csv", CsvAnswer, "text/csv")]
    [InlineData(CsvRow, "application/jsonlines", JsonLinesAnswer, "application/jsonlines")]
    [InlineData(CsvRow, "application/xml, text/csv;q=0.5", CsvAnswer, "text/csv")]
    [InlineData(JsonRow, "text/csv;q=0.2, application/json;q=0.9", JsonAnswer, "application/json")]
    [InlineData(JsonRow, "text/csv;q=0, */*;q=0.1", JsonAnswer, "application/json")]
    public async Task Accept_picks_the_response_format(string body, string? accept, string expected, string mediaType)
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());
        var contentType = body == CsvRow ? "text/csv" : "application/json";

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(body, contentType, accept));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(mediaType, response.MediaType);
        Assert.Equal(expected, response.Body);
    }

    [Theory]
    [InlineData(CsvRow, CsvAnswer)]
    [InlineData("  " + JsonRow, JsonAnswer)]
    [InlineData("[120.5, 3, true, \"KS\", null]", JsonAnswer)]
    public async Task Without_content_type_the_body_is_sniffed(string body, string expected)
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(body, contentType: null));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.Body);
    }

    [Fact]
    public async Task A_byte_order_mark_is_skipped()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync("\uFEFF" + CsvRow, "text/csv"));

        Assert.Equal(CsvAnswer, response.Body);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-protobuf")]
    public async Task An_unsupported_content_type_gets_415_listing_the_supported_ones(string contentType)
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(CsvRow, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(
            $"Content-Type '{contentType}' is not supported; send one of: text/csv, application/json, application/jsonlines",
            response.Message);
    }

    [Fact]
    public async Task A_charset_other_than_utf8_gets_415()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(CsvRow, "text/csv; charset=utf-16"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Contains("charset 'utf-16' is not supported", response.Message);
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/csv;q=0")]
    public async Task An_unsupported_accept_gets_406(string accept)
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(CsvRow, "text/csv", accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        // HttpClient may respace the header ("text/csv; q=0"), so only the stable part is compared.
        Assert.StartsWith("Accept '", response.Message);
        Assert.EndsWith(
            "' names no supported type; ask for one of: text/csv, application/json, application/jsonlines", response.Message);
    }
}
