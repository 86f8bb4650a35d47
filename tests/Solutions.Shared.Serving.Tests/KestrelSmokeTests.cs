using System.Net;
using System.Text;
using Solutions.Shared.Serving.Tests.Fakes;

namespace Solutions.Shared.Serving.Tests;

/// <summary>The real server: Kestrel on a free loopback port, called over TCP.</summary>
public sealed class KestrelSmokeTests
{
    [Fact]
    public async Task Serves_ping_and_invocations_over_http()
    {
        var app = ServingHost.Build(() => new SummingPredictor(), new ServingOptions { Port = 0, Address = IPAddress.Loopback });
        await app.StartAsync();
        try
        {
            var address = Assert.Single(app.Urls);
            Assert.StartsWith("http://127.0.0.1:", address);
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var ping = HttpStatusCode.ServiceUnavailable;
            for (var poll = 0; poll < 2000 && ping != HttpStatusCode.OK; poll++)
            {
                ping = (await client.GetAsync("/ping")).StatusCode;
                if (ping != HttpStatusCode.OK)
                {
                    await Task.Delay(5);
                }
            }
            Assert.Equal(HttpStatusCode.OK, ping);

            // 120.5 + 3 + 1 = 124.5; 10.25 + 2 + 0 = 12.25; the body is 14 + 15 = 29 bytes.
            using var content = new StringContent("120.5,3,yes,KS,\n10.25,2,no,OH,\n", Encoding.UTF8, "text/csv");
            using var response = await client.PostAsync("/invocations", content);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(29, response.Content.Headers.ContentLength);
            Assert.Equal("124.5,true,KS\n12.25,false,OH\n", await response.Content.ReadAsStringAsync());
            Assert.False(response.Headers.Contains("Server"));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
