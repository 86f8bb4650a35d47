using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Solutions.LungSurvival.Commands;
using Solutions.LungSurvival.Serving;
using Solutions.Shared.Modeling.Bundles;
using Solutions.Shared.Serving;

namespace Solutions.LungSurvival.Tests.Serving;

[Collection(ServingCohortCollection.Name)]
public sealed class ServeCommandTests(ServingCohortFixture cohort)
{
    [Theory]
    [InlineData(ServeCommand.RadiomicsMode, "original_firstorder_Mean")]
    [InlineData(ServeCommand.BothMode, SurvivalPredictor.ProbabilityOutput)]
    public async Task Each_document_mode_serves_a_zip_over_the_container_contract(string mode, string answerKey)
    {
        var folder = mode == ServeCommand.RadiomicsMode ? cohort.RadiomicsFolder : cohort.ArchiveFolder;
        await using var app = ServeCommand.Build(mode, folder, new ServingOptions { ConfigureBuilder = b => b.WebHost.UseTestServer() });
        await app.StartAsync();
        using var client = app.GetTestClient();
        for (var poll = 0; poll < 2000 && (await client.GetAsync(ServingContract.PingPath)).StatusCode != HttpStatusCode.OK; poll++)
        {
            await Task.Delay(5);
        }
        var content = new ByteArrayContent(cohort.Zip(cohort.CaseIds[0]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");

        using var answer = await client.PostAsync(ServingContract.InvocationsPath, content);
        using var notZip = await client.PostAsync(ServingContract.InvocationsPath, new ByteArrayContent("hello"u8.ToArray())
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/zip") },
        });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        // The radiomics model answers {"instances": [row]}, the one-step model {"predictions": [prediction]}.
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var first = json.RootElement.EnumerateObject().Single().Value[0];
        Assert.True(first.TryGetProperty(answerKey, out _));
        Assert.Equal(HttpStatusCode.BadRequest, notZip.StatusCode);
        Assert.Contains("request.zip: not a zip archive", await notZip.Content.ReadAsStringAsync());
        await app.StopAsync();
    }

    [Fact]
    public void A_bundle_of_another_mode_is_refused_before_the_server_starts()
    {
        var error = Assert.Throws<ModelBundleException>(() => ServeCommand.Build(ServeCommand.BothMode, cohort.SurvivalFolder, new ServingOptions()));

        Assert.Contains("was trained by the LungSurvival solution, not LungSurvival.Archive", error.Message);
    }
}
