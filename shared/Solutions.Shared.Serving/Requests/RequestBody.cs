using Microsoft.AspNetCore.Http;
using Solutions.Shared.Serving.Buffers;

namespace Solutions.Shared.Serving.Requests;

/// <summary>Reads a request body into a pooled buffer, refusing to hold more than the contract's limit.</summary>
public static class RequestBody
{
    private const int ChunkedStartCapacity = 4096;

    /// <exception cref="InvocationRejectedException">413 when the body is larger than <paramref name="limit"/> bytes.</exception>
    public static async ValueTask<PooledBuffer> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        var declared = request.ContentLength;
        if (declared > limit)
        {
            throw TooLarge(limit);
        }
        // One byte beyond the declared length lets the final zero-length read land without growing.
        var buffer = new PooledBuffer(declared is { } length ? (int)length + 1 : ChunkedStartCapacity);
        try
        {
            var body = request.Body;
            while (true)
            {
                // The buffer grows (doubling) only when full; reads never go more than one byte past the
                // limit, which is enough to know it was exceeded.
                var room = limit + 1 - buffer.Count;
                var memory = buffer.GetMemory(1);
                var read = await body.ReadAsync(memory[..Math.Min(memory.Length, room)], cancellationToken)
                    .ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer;
                }
                buffer.Advance(read);
                if (buffer.Count > limit)
                {
                    throw TooLarge(limit);
                }
            }
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static InvocationRejectedException TooLarge(int limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        $"the request body is larger than {limit} bytes ({limit / (1024 * 1024)} MiB); send fewer rows per request, or a smaller document");
}
