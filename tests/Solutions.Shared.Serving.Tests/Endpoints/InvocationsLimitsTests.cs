using System.Net;
using System.Text;
using Solutions.Shared.Serving.Tests.Fakes;

namespace Solutions.Shared.Serving.Tests.Endpoints;

/// <summary>Body size and emptiness; the one data row scores 120.5 + 3 + 1 = 124.5.</summary>
public sealed class InvocationsLimitsTests
{
    private const int Limit = 6 * 1024 * 1024;

    /// <summary>A header plus one row whose ignored "Notes" field pads the body to exactly <paramref name="size"/> bytes.</summary>
    private static byte[] PaddedCsv(int size)
    {
        const string header = "Day Mins,Calls,Intl Plan,State,Notes\n";
        const string row = "120.5,3,yes,KS,";
        var body = new byte[size];
        var prefix = Encoding.ASCII.GetBytes(header + row);
        prefix.CopyTo(body, 0);
        body.AsSpan(prefix.Length).Fill((byte)'x');
        return body;
    }

    [Fact]
    public async Task A_body_of_exactly_6_MiB_is_scored()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(
            await served.InvokeAsync(new ByteArrayContent(PaddedCsv(Limit)), "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("124.5,true,KS\n", response.Body);
    }

    [Fact]
    public async Task A_body_one_byte_over_6_MiB_gets_413()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(
            await served.InvokeAsync(new ByteArrayContent(PaddedCsv(Limit + 1)), "text/csv"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Contains("larger than 6291456 bytes", response.Message);
    }

    [Fact]
    public async Task A_chunked_body_over_6_MiB_gets_413_while_reading()
    {
        var content = new UnsizedContent(PaddedCsv(Limit + 1));
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(content, "text/csv"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Null(content.ComputedLength);
    }

    [Fact]
    public async Task A_chunked_body_under_the_limit_is_scored()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(
            await served.InvokeAsync(new UnsizedContent(PaddedCsv(100_000)), "text/csv"));

        Assert.Equal("124.5,true,KS\n", response.Body);
    }

    [Theory]
    [InlineData("", "text/csv")]
    [InlineData(" \r\n\n", "text/csv")]
    [InlineData("", "application/json")]
    [InlineData("", null)]
    public async Task An_empty_body_gets_400(string body, string? contentType)
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync(body, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("the request body is empty", response.Message);
    }

    [Fact]
    public async Task A_header_without_rows_gets_400()
    {
        await using var served = await ServingApp.StartLoadedAsync(new SummingPredictor());

        var response = await ServedResponse.ReadAsync(await served.InvokeAsync("Day Mins,Calls,Intl Plan,State\n", "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("the request body holds a header row but no data rows", response.Message);
    }

    /// <summary>Content whose length is not known up front, so it travels without Content-Length.</summary>
    private sealed class UnsizedContent(byte[] bytes) : HttpContent
    {
        public long? ComputedLength => Headers.ContentLength;

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            // Several writes, as a chunked upload arrives.
            for (var offset = 0; offset < bytes.Length; offset += 64 * 1024)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(64 * 1024, bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
