using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Solutions.Shared.Serving.Endpoints;

namespace Solutions.Shared.Serving;

/// <summary>Maps SageMaker's <c>GET /ping</c> and <c>POST /invocations</c>.</summary>
/// <remarks>
/// <para><b>Requests</b> (UTF-8, at most 6 MiB): <c>text/csv</c> with an optional header row (a first row naming
/// every required column, or made only of column names; then columns may come in any order and extra ones are
/// ignored; without it each row gives the schema's columns in order); <c>application/json</c> as
/// <c>{"instances": [...]}</c>, an array of instances or one instance, each an object keyed by column name or an
/// array of values in schema order; <c>application/jsonlines</c>, one instance per line. Without Content-Type a
/// body opening with '{' or '[' is JSON, else CSV. An empty field, null or a missing key is a missing value.</para>
/// <para><b>Responses</b> follow Accept (default: the request's format). CSV: one line per row, the
/// <see cref="IPredictor.OutputColumns"/> values in order, then for explained rows one <c>feature,contribution</c>
/// pair per contribution in the predictor's order. JSON: <c>{"predictions": [{"&lt;output&gt;": value, ...,
/// "explanation": [{"feature": ..., "contribution": ...}]}]}</c>; JSON Lines: one such object per line.</para>
/// <para><b>Document models</b> (<see cref="IDocumentPredictor"/>) take the body as it comes, at most 6 MiB: Content-Type
/// must be one of its <see cref="IDocumentPredictor.ContentTypes"/> (415 otherwise; absent means the first), Accept must
/// cover one of its <see cref="IDocumentPredictor.AcceptTypes"/> (406 otherwise; absent or <c>*/*</c> means the first);
/// <c>X-Amzn-SageMaker-Custom-Attributes</c> is handed over verbatim; the answer is its body and Content-Type.</para>
/// <para><b>Errors</b> carry <c>{"message": "..."}</c>: 400 bad input (naming row and column), 406, 413, 415,
/// 503 before the model is loaded, 500 only when the predictor breaks its contract.</para>
/// </remarks>
public static class ServingContractEndpoints
{
    /// <summary>Maps the two endpoints; call <see cref="ServingContractServices.AddServingContract(Microsoft.Extensions.DependencyInjection.IServiceCollection, Func{CancellationToken, Task{IPredictor}})"/> first.</summary>
    public static IEndpointRouteBuilder MapServingContract(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var ping = services.GetService<PingEndpoint>() ?? throw new InvalidOperationException(
            "MapServingContract needs services.AddServingContract(loader) first");
        var invocations = services.GetRequiredService<InvocationsEndpoint>();
        // Plain RequestDelegates: no parameter binding on the hot path.
        endpoints.MapGet(ServingContract.PingPath, (RequestDelegate)ping.HandleAsync);
        endpoints.MapPost(ServingContract.InvocationsPath, (RequestDelegate)invocations.HandleAsync);
        return endpoints;
    }
}
