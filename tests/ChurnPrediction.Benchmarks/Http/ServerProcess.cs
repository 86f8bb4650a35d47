using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Solutions.ChurnPrediction.Benchmarks.Http;

/// <summary>
/// <c>dotnet ChurnPrediction.dll serve</c> as its own process, as it runs in production, so the load generator and
/// the server do not share a garbage collector or thread pool. Disposing stops it.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private const int OutputLinesKept = 40;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the server answers, on the loopback interface.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts the server on a free port and waits until <c>/ping</c> answers 200 (the model is loaded).</summary>
    /// <param name="assemblyPath">The built ChurnPrediction.dll.</param>
    /// <param name="modelFolder">The bundle to serve.</param>
    /// <param name="environment">Variables for the server process only, e.g. DOTNET_gcServer=1.</param>
    /// <param name="readyTimeout">How long loading may take before the start counts as failed.</param>
    public static async Task<ServerProcess> StartAsync(
        string assemblyPath, string modelFolder, IReadOnlyDictionary<string, string> environment, TimeSpan readyTimeout)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new FileNotFoundException(
                $"The server assembly '{assemblyPath}' does not exist; build it with 'dotnet build -c Release solutions/ChurnPrediction'.",
                assemblyPath);
        }
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { assemblyPath, "serve", "--model", modelFolder, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var server = new ServerProcess(process, new Uri($"http://{IPAddress.Loopback}:{port}/"));
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync(readyTimeout);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} before answering /ping:\n{RecentOutput()}");
            }
            try
            {
                using var response = await client.GetAsync("ping");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception notYet) when (notYet is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(PollInterval);
        }
        throw new TimeoutException($"The server did not answer /ping with 200 within {timeout.TotalSeconds:0} s:\n{RecentOutput()}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > OutputLinesKept)
            {
                _output.Dequeue();
            }
        }
    }

    private string RecentOutput()
    {
        lock (_output)
        {
            return string.Join('\n', _output);
        }
    }

    private static int FreeLoopbackPort()
    {
        // The port is free when asked; the server takes it a moment later, which is safe on a machine not racing for ports.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
