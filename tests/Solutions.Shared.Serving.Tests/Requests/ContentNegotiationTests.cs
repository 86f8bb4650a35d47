using Solutions.Shared.Serving.Requests;

namespace Solutions.Shared.Serving.Tests.Requests;

public sealed class ContentNegotiationTests
{
    [Theory]
    [InlineData("text/csv", "text/csv")]
    [InlineData("TEXT/CSV; charset=UTF-8", "text/csv")]
    [InlineData("application/json;charset=\"utf-8\"", "application/json")]
    [InlineData("application/jsonlines", "application/jsonlines")]
    [InlineData("text/csv; header=present", "text/csv")]
    public void Reads_supported_content_types(string contentType, string expected) =>
        Assert.Equal(expected, ContentNegotiation.MediaType(ContentNegotiation.RequestFormat(contentType)!.Value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_content_type_means_sniff(string? contentType) =>
        Assert.Null(ContentNegotiation.RequestFormat(contentType));

    [Theory]
    [InlineData("text/csv", "text/csv")]
    [InlineData("application/jsonlines;q=0.4, application/json;q=0.4", "application/jsonlines")]
    [InlineData("text/*", "text/csv")]
    [InlineData("application/*", "application/json")]
    [InlineData("text/html, application/json;q=0.8, text/csv;q=0.9", "text/csv")]
    public void Accept_picks_the_highest_quality_supported_type(string accept, string expected) =>
        Assert.Equal(expected, ContentNegotiation.MediaType(ContentNegotiation.ResponseFormat(accept)!.Value));

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("text/csv;q=0.5, */*")]
    public void Wildcard_or_no_accept_follows_the_request(string? accept) =>
        Assert.Null(ContentNegotiation.ResponseFormat(accept));

    [Theory]
    [InlineData("{\"a\": 1}", "application/json")]
    [InlineData("\r\n [1, 2]", "application/json")]
    [InlineData("1,2,3", "text/csv")]
    [InlineData("\"quoted\",2", "text/csv")]
    public void Sniffs_json_by_its_first_character(string body, string expected) =>
        Assert.Equal(expected, ContentNegotiation.MediaType(ContentNegotiation.Sniff(System.Text.Encoding.UTF8.GetBytes(body))));
}
