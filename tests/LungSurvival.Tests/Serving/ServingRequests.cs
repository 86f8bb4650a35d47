using System.IO.Compression;
using System.Text;
using Solutions.Shared.Serving;
using Solutions.Shared.Serving.Buffers;

namespace Solutions.LungSurvival.Tests.Serving;

/// <summary>Calls a model through the serving contract as a host would, and edits request zips.</summary>
internal static class ServingRequests
{
    public const string Zip = "application/zip";

    /// <summary>The answer's Content-Type and body text, as <see cref="InvocationProcessor"/> gives them.</summary>
    public static (string ContentType, string Body) Invoke(IDocumentPredictor model, byte[] body, string? accept = null)
    {
        using var output = new PooledBuffer(1024);
        var contentType = InvocationProcessor.Create(model).Process(new InvocationRequest(body, Zip, accept), output);
        return (contentType, Encoding.UTF8.GetString(output.WrittenSpan));
    }

    /// <summary>The zip's entries whose name passes <paramref name="keep"/>, plus <paramref name="extra"/> entries.</summary>
    public static byte[] Rezip(byte[] zip, Func<string, bool> keep, params (string Name, byte[] Bytes)[] extra)
    {
        using var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var memory = new MemoryStream();
        using (var target = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => keep(e.FullName)))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
            foreach (var (name, bytes) in extra)
            {
                using var to = target.CreateEntry(name).Open();
                to.Write(bytes);
            }
        }
        return memory.ToArray();
    }
}
