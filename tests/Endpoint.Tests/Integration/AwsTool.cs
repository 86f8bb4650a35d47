using System.Diagnostics;

namespace Solutions.Endpoint.Tests.Integration;

/// <summary>Runs the AWS CLI or python3 with the given credentials in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, region us-east-1.</summary>
internal static class AwsTool
{
    /// <summary>Dummy credentials, for a host that allows unsigned requests (the SDKs sign anyway).</summary>
    public static readonly (string AccessKeyId, string SecretAccessKey) Dummy = ("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string program, string? input, params string[] arguments) =>
        RunAsync(Dummy, program, input, arguments);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        (string AccessKeyId, string SecretAccessKey) credentials, string program, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["AWS_ACCESS_KEY_ID"] = credentials.AccessKeyId;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = credentials.SecretAccessKey;
        start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        start.Environment["AWS_MAX_ATTEMPTS"] = "1";
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await output, await error);
    }
}
