using System.Net;
using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Tests.Fakes;

namespace Solutions.Endpoint.Tests.Documents;

/// <summary>
/// A document model first in a serial pipeline: its answer (body and Content-Type) is the next container's request, as a
/// radiomics zip becomes a feature row for a survival model. Here the measuring model's CSV <c>length,first byte</c> feeds the adder.
/// </summary>
public sealed class DocumentSerialInvocationTests
{
    private static async Task<EndpointApp> StartAsync()
    {
        var app = await EndpointApp.StartAsync(EndpointApp.Serial("pipeline", EndpointApp.Measuring("features"), EndpointApp.Adding("adder")));
        await app.WaitForPingAsync(HttpStatusCode.OK);
        return app;
    }

    [Fact]
    public async Task A_png_becomes_a_csv_row_the_tabular_model_scores_in_the_accepted_format()
    {
        await using var app = await StartAsync();

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("pipeline", MeasuringDocumentPredictor.PngSignature, "image/png",
            ("Accept", "application/json"), (RuntimeHeaders.CustomAttributes, "patient=7")));

        // The measuring model answers "8,137" (8 bytes, first 0x89); the adder: 8 + 137 = 145.
        Assert.Equal(200, answer.Status);
        Assert.Equal("application/json", answer.ContentType);
        Assert.Equal(145, answer.Json.GetProperty("predictions")[0].GetProperty("sum").GetDouble());
        Assert.Equal("patient=7", answer.Header(RuntimeHeaders.CustomAttributes));
    }

    [Fact]
    public async Task A_zip_flows_through_to_a_csv_answer()
    {
        await using var app = await StartAsync();

        // A zip's local-file signature "PK\x03\x04": 4 bytes, the first 'P' = 80; 4 + 80 = 84.
        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("pipeline", "PK\u0003\u0004"u8.ToArray(), "application/zip", ("Accept", "text/csv")));

        Assert.Equal((200, "84\n"), (answer.Status, answer.Body));
    }

    [Fact]
    public async Task A_document_the_first_step_cannot_take_stops_the_pipeline_there()
    {
        await using var app = await StartAsync();

        var answer = await RuntimeAnswer.ReadAsync(await app.InvokeAsync("pipeline", MeasuringDocumentPredictor.PngSignature, "text/csv"));

        Assert.Equal((424, 415), (answer.Status, answer.Json.GetProperty("OriginalStatusCode").GetInt32()));
        Assert.StartsWith("Received client error (415) from features (container 1 of 2 in the serial pipeline)", answer.Message);
    }
}
