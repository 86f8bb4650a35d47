using System.Diagnostics;
using System.Text.Json;
using Solutions.Endpoint.Security.Signing;

namespace Solutions.Endpoint.Tests.Security.Signing;

/// <summary>
/// Requests signed by the real AWS SDK for Python: boto3's sagemaker-runtime client calling invoke_endpoint (captured
/// just before it would be sent) and botocore's SigV4Auth on a hand-built AWSRequest. Signed once per test class at
/// the fixed time 2026-11-26T12:00:00Z.
/// </summary>
public sealed class BotocoreSignedRequests
{
    public const string AccessKeyId = "AKIDBOTOCORE";
    public const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string SessionToken = "FwoGZXIvYXdzEXAMPLEsessionTOKEN//+/==";
    public static readonly DateTimeOffset SigningTime = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    // Each spec is signed by Python and comes back in the same order.
    private const string Specs = """
        [
          {"mode": "client", "call": {"EndpointName": "churn", "Body": "42,0.5,yes", "ContentType": "text/csv",
            "Accept": "application/json", "TargetContainerHostname": "customIps1", "CustomAttributes": "trace=  1   2 "}},
          {"mode": "client", "token": true, "call": {"EndpointName": "My-Endpoint", "Body": "{\"rows\": [1, 2]}"}},
          {"mode": "raw", "url": "http://localhost:8080/endpoints/a%20b/invocations", "body": "{\"x\": 1}",
            "headers": {"Content-Type": "application/json"}}
        ]
        """;

    private const string Script = """
        import base64, datetime, json, sys
        from unittest import mock
        import boto3, botocore.auth, botocore.credentials
        from botocore.awsrequest import AWSRequest, AWSResponse

        access_key, secret, token = sys.argv[1], sys.argv[2], sys.argv[3]
        specs = json.loads(sys.stdin.read())
        out = []

        def record(request):
            body = request.body or b''
            if isinstance(body, str):
                body = body.encode()
            out.append({'method': request.method, 'url': request.url,
                        'headers': [[k, v if isinstance(v, str) else v.decode()] for k, v in request.headers.items()],
                        'body': base64.b64encode(body).decode()})

        def capture(request, **kwargs):
            record(request)
            raw = mock.Mock()
            raw.stream = lambda **kw: iter([b'{}'])
            return AWSResponse(request.url, 200, {'Content-Type': 'application/json'}, raw)

        with mock.patch('botocore.auth.get_current_datetime', return_value=datetime.datetime(2026, 11, 26, 12, 0, 0)):
            for spec in specs:
                if spec['mode'] == 'client':
                    session = boto3.session.Session(aws_access_key_id=access_key, aws_secret_access_key=secret,
                                                    aws_session_token=token if spec.get('token') else None,
                                                    region_name='us-east-1')
                    client = session.client('sagemaker-runtime', endpoint_url='http://localhost:8080')
                    client.meta.events.register('before-send', capture)
                    client.invoke_endpoint(**spec['call'])
                else:
                    request = AWSRequest(method='POST', url=spec['url'], data=spec['body'].encode(), headers=spec['headers'])
                    botocore.auth.SigV4Auth(botocore.credentials.Credentials(access_key, secret), 'sagemaker', 'us-east-1').add_auth(request)
                    record(request)
        print(json.dumps(out))
        """;

    public BotocoreSignedRequests()
    {
        var scriptPath = Path.Combine(Path.GetTempPath(), $"botocore-sign-{Environment.ProcessId}.py");
        File.WriteAllText(scriptPath, Script);
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { scriptPath, AccessKeyId, Secret, SessionToken })
                start.ArgumentList.Add(argument);
            using var python = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started.");
            python.StandardInput.Write(Specs);
            python.StandardInput.Close();
            var stderr = python.StandardError.ReadToEndAsync();
            var stdout = python.StandardOutput.ReadToEnd();
            if (!python.WaitForExit(TimeSpan.FromMinutes(1)) || python.ExitCode != 0)
                throw new InvalidOperationException($"python3 with boto3 failed to sign the requests: {stderr.Result}");
            Requests = JsonSerializer.Deserialize<JsonElement[]>(stdout)!.Select(ToAwsRequest).ToList();
        }
        finally
        {
            File.Delete(scriptPath);
        }
    }

    /// <summary>The signed requests: [0] direct invocation with custom headers, [1] with a session token, [2] SigV4Auth on a percent-encoded path.</summary>
    public IReadOnlyList<AwsRequest> Requests { get; }

    // urllib3 adds Host from the URL when it sends; botocore signed that same value.
    private static AwsRequest ToAwsRequest(JsonElement captured)
    {
        var url = captured.GetProperty("url").GetString()!;
        var afterScheme = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var host = afterScheme[..afterScheme.IndexOf('/')];
        var target = afterScheme[host.Length..];
        var question = target.IndexOf('?');
        var headers = captured.GetProperty("headers").EnumerateArray()
            .Select(pair => new KeyValuePair<string, string>(pair[0].GetString()!, pair[1].GetString()!))
            .Prepend(new("Host", host))
            .ToList();
        return new AwsRequest(
            captured.GetProperty("method").GetString()!,
            question < 0 ? target : target[..question],
            question < 0 ? "" : target[(question + 1)..],
            headers,
            Convert.FromBase64String(captured.GetProperty("body").GetString()!));
    }
}
