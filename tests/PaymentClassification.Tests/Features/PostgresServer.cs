using System.Diagnostics;

namespace Solutions.PaymentClassification.Tests.Features;

/// <summary>
/// The PostgreSQL server the tests run against. The connection string comes from
/// <see cref="ConnectionStringVariable"/> (set by .ci/run after scripts/postgres.sh); when it is unset the tests run
/// scripts/postgres.sh themselves, and fail with the script's output if it cannot start a server. They never skip.
/// </summary>
internal static class PostgresServer
{
    public const string ConnectionStringVariable = "PAYMENT_FEATURE_STORE_POSTGRES";

    private static readonly Lazy<string> Connection = new(Resolve);

    public static string ConnectionString => Connection.Value;

    private static string Resolve()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment.Trim();

        var script = Path.Combine(RepositoryRoot(), "scripts", "postgres.sh");
        var start = new ProcessStartInfo("bash", [script])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"could not run {script}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{script} did not finish within 5 minutes");
        }

        var connection = stdout.Trim();
        if (process.ExitCode != 0 || connection.Length == 0)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: {ConnectionStringVariable} is unset and {script} failed " +
                $"(exit {process.ExitCode}). Run scripts/postgres.sh as root and export {ConnectionStringVariable}. " +
                $"Script output: {stderr.Result}");
        }

        return connection;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Solutions.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException($"no Solutions.sln above {AppContext.BaseDirectory}");
    }
}
