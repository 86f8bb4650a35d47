using System.Net;
using Solutions.Shared.Serving.Tests.Fakes;

namespace Solutions.Shared.Serving.Tests.Documents;

/// <summary>
/// <see cref="ServingHost"/> serving a document model. The body is PNG's 8-byte signature, so the fake answers length 8.
/// </summary>
public sealed class DocumentInvocationsTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Ping_answers_200_once_the_document_model_is_loaded()
    {
        await using var served = await ServingApp.StartLoadedAsync(new MeasuringDocumentPredictor());

        var ping = await served.Client.GetAsync(ServingContract.PingPath);

        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
    }

    [Fact]
    public async Task Without_Accept_the_first_accept_type_answers_and_custom_attributes_reach_the_model()
    {
        await using var served = await ServingApp.StartLoadedAsync(new MeasuringDocumentPredictor());

        var response = await ServedResponse.ReadAsync(
            await served.InvokeDocumentAsync(PngSignature, "image/png", customAttributes: "trace=7, user=\"a b\""));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal("""{"length":8,"content_type":"image/png","attributes":"trace=7, user=\u0022a b\u0022"}""", response.Body);
    }

    [Theory]
    [InlineData("image/PNG; name=bird", "image/png")]
    [InlineData("image/jpeg", "image/jpeg")]
    [InlineData(null, "image/png")]
    public async Task The_model_gets_its_own_spelling_of_the_content_type_and_the_first_when_none_is_sent(
        string? contentType, string expected)
    {
        var predictor = new MeasuringDocumentPredictor();
        await using var served = await ServingApp.StartLoadedAsync(predictor);

        var response = await ServedResponse.ReadAsync(await served.InvokeDocumentAsync(PngSignature, contentType, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal($"8,{expected},\n", response.Body);
        Assert.Equal(expected, predictor.Last!.Value.ContentType);
    }

    [Theory]
    [InlineData("*/*", "application/json")]
    [InlineData("text/*", "text/csv")]
    [InlineData("image/png, text/csv;q=0.5, application/octet-stream;q=0.9", "application/octet-stream")]
    [InlineData("application/json;q=0, text/CSV", "text/csv")]
    public async Task Accept_picks_the_preferred_type_the_model_answers_in(string accept, string expected)
    {
        var predictor = new MeasuringDocumentPredictor();
        await using var served = await ServingApp.StartLoadedAsync(predictor);

        var response = await ServedResponse.ReadAsync(await served.InvokeDocumentAsync(PngSignature, "image/png", accept));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
        Assert.Equal(expected, predictor.Last!.Value.Accept);
    }

    [Fact]
    public async Task Every_byte_value_travels_intact_both_ways()
    {
        // 0x01..0xFF then 0x00..0xFF three times: every byte value, none of it valid UTF-8 as a whole.
        byte[] body = [.. Enumerable.Range(1, 255).Select(b => (byte)b), .. Enumerable.Range(0, 768).Select(b => (byte)b)];
        await using var served = await ServingApp.StartLoadedAsync(new MeasuringDocumentPredictor());

        var response = await served.InvokeDocumentAsync(body, "image/jpeg", "application/octet-stream");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_content_type_the_model_does_not_take_gets_415_naming_the_ones_it_does()
    {
        await using var served = await ServingApp.StartLoadedAsync(new MeasuringDocumentPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeDocumentAsync(PngSignature, "application/zip"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal("Content-Type 'application/zip' is not supported by this model; send one of: image/png, image/jpeg", response.Message);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("image/*")]
    [InlineData("application/json; q=0")]
    public async Task An_accept_the_model_cannot_answer_gets_406(string accept)
    {
        await using var served = await ServingApp.StartLoadedAsync(new MeasuringDocumentPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeDocumentAsync(PngSignature, "image/png", accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal(
            $"Accept '{accept}' names no type this model answers in; ask for one of: application/json, text/csv, application/octet-stream",
            response.Message);
    }

    [Fact]
    public async Task A_document_of_exactly_6_MiB_is_answered_and_one_byte_more_gets_413()
    {
        var predictor = new MeasuringDocumentPredictor();
        await using var served = await ServingApp.StartLoadedAsync(predictor);
        var limit = new byte[ServingContract.MaxRequestBodyBytes];
        limit[0] = 0x89;
        var over = new byte[ServingContract.MaxRequestBodyBytes + 1];
        over[0] = 0x89;

        var fits = await ServedResponse.ReadAsync(await served.InvokeDocumentAsync(limit, "image/png", "text/csv"));
        var tooLarge = await ServedResponse.ReadAsync(await served.InvokeDocumentAsync(over, "image/png", "text/csv"));

        // 6 MiB = 6 * 1024 * 1024 = 6291456 bytes.
        Assert.Equal("6291456,image/png,\n", fits.Body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.Status);
        Assert.Contains("larger than 6291456 bytes", tooLarge.Message);
        Assert.Equal(6291456, predictor.Last!.Value.Body.Length);
    }

    [Fact]
    public async Task An_empty_body_gets_400_without_reaching_the_model()
    {
        var predictor = new MeasuringDocumentPredictor();
        await using var served = await ServingApp.StartLoadedAsync(predictor);

        var response = await ServedResponse.ReadAsync(await served.InvokeDocumentAsync([], "image/png"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("the request body is empty", response.Message);
        Assert.Null(predictor.Last);
    }

    [Fact]
    public async Task A_document_the_model_refuses_gets_400_with_its_message()
    {
        await using var served = await ServingApp.StartLoadedAsync(new MeasuringDocumentPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeDocumentAsync([0, 1, 2], "image/png"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("the document starts with a zero byte, which no PNG or JPEG does", response.Message);
    }
}
