using Solutions.Endpoint.Security.Signing;

namespace Solutions.Endpoint.Tests.Security.Signing;

public sealed class CanonicalRequestTests
{
    [Theory]
    // Expected values follow botocore: quote(remove_dot_segments(path), safe='/~') on the path as sent.
    [InlineData("/endpoints/churn/invocations", "/endpoints/churn/invocations")]
    [InlineData("/endpoints/a%20b/invocations", "/endpoints/a%2520b/invocations")]
    [InlineData("/endpoints/caf%C3%A9/invocations", "/endpoints/caf%25C3%25A9/invocations")]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("//a//b/", "/a/b/")]
    [InlineData("/a/./b/../c", "/a/c")]
    [InlineData("/a/b~c-d_e.f", "/a/b~c-d_e.f")]
    public void Canonical_uri_normalises_and_encodes_the_wire_path_again(string wirePath, string expected) =>
        Assert.Equal(expected, CanonicalRequest.CanonicalUri(wirePath));

    [Theory]
    [InlineData("", "")]
    [InlineData("b=2&a=1", "a=1&b=2")]
    [InlineData("a=2&a=1", "a=1&a=2")]
    [InlineData("key=a%20b&tilde=~&flag", "flag=&key=a%20b&tilde=~")]
    [InlineData("Z=1&a=1", "Z=1&a=1")]
    public void Canonical_query_sorts_by_encoded_name_then_value(string wireQuery, string expected) =>
        Assert.Equal(expected, CanonicalRequest.CanonicalQuery(wireQuery));

    [Theory]
    [InlineData("  one   two  ", "one two")]
    [InlineData("a\tb", "a b")]
    [InlineData("value", "value")]
    public void Header_values_are_trimmed_and_inner_whitespace_collapsed(string value, string expected) =>
        Assert.Equal(expected, CanonicalRequest.CanonicalHeaderValue(value));
}
