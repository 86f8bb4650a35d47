using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Solutions.Endpoint.Tests.Fakes;

/// <summary>Keeps every log entry: category, level, formatted message, structured state and exception text.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    /// <summary>Everything logged, as one text, to search for what must never appear.</summary>
    public string AllText => string.Join("\n", Entries.Select(entry =>
        $"{entry.Category} {entry.Message} {string.Join(" ", entry.State.Select(pair => $"{pair.Key}={pair.Value}"))} {entry.Exception}"));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var pairs = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            logs.Entries.Enqueue(new CapturedLog(
                category, logLevel, formatter(state, exception), pairs.ToDictionary(pair => pair.Key, pair => pair.Value), exception?.ToString()));
        }
    }
}

/// <summary>One captured log entry.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> State, string? Exception);
