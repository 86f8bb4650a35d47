using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Solutions.Endpoint.Authentication;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Hosting;
using Solutions.Shared.Serving;
using Solutions.Shared.Serving.Buffers;
using Solutions.Shared.Serving.Requests;

namespace Solutions.Endpoint.Invocation;

/// <summary>
/// <c>POST /endpoints/{EndpointName}/invocations</c>, SageMaker Runtime's InvokeEndpoint: reads the body (at most
/// 6 MiB), authenticates, checks the headers, invokes the containers and answers with the model's body and
/// Content-Type, <c>x-Amzn-Invoked-Production-Variant</c> and the custom attributes, or with a runtime error.
/// Every request is counted in the endpoint's metrics and written to the request log.
/// </summary>
internal sealed class InvokeEndpointHandler(
    EndpointCatalog catalog, IRequestAuthenticator authenticator, HostIdentity identity, DrainGate drain, RequestLog requestLog,
    ILogger<InvokeEndpointHandler> logger)
{
    public const string EndpointNameRouteValue = "EndpointName";

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var response = context.Response;
        var requestId = Guid.NewGuid().ToString();
        response.Headers[RuntimeHeaders.RequestId] = requestId;
        var name = (string)context.Request.RouteValues[EndpointNameRouteValue]!;
        InvocationResult result;
        if (!drain.TryEnter())
        {
            response.Headers.Connection = "close";
            result = InvocationResult.Failure(RuntimeError.ServiceUnavailable("The endpoint host is shutting down; retry on another instance."));
            await RuntimeErrorResponse.WriteAsync(response, result.Error!);
        }
        else
        {
            try
            {
                result = await InvokeAndAnswerAsync(context, name);
            }
            finally
            {
                drain.Exit();
            }
        }
        Record(context, name, requestId, result, Stopwatch.GetElapsedTime(started));
    }

    private async Task<InvocationResult> InvokeAndAnswerAsync(HttpContext context, string name)
    {
        var response = context.Response;
        InvocationResult result;
        try
        {
            result = await InvokeAsync(context, name);
            if (result.Error is { } error)
            {
                await RuntimeErrorResponse.WriteAsync(response, error);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; there is no one to answer. 499 is what the log and metrics call it, as nginx does.
            result = InvocationResult.Failure(new RuntimeError("ClientClosedRequest", 499, "the caller closed the connection"));
        }
        catch (BadHttpRequestException bad)
        {
            result = InvocationResult.Failure(RuntimeError.Validation(bad.Message));
            await RuntimeErrorResponse.WriteAsync(response, result.Error!);
        }
        catch (Exception failure)
        {
            logger.LogError(failure, "InvokeEndpoint {Endpoint} failed", name);
            result = InvocationResult.Failure(RuntimeError.InternalFailure("The endpoint host failed; see its log."));
            if (!response.HasStarted)
            {
                await RuntimeErrorResponse.WriteAsync(response, result.Error!);
            }
        }
        return result;
    }

    private async Task<InvocationResult> InvokeAsync(HttpContext context, string name)
    {
        var request = context.Request;
        PooledBuffer body;
        try
        {
            body = await RequestBody.ReadAsync(request, ServingContract.MaxRequestBodyBytes, context.RequestAborted);
        }
        catch (InvocationRejectedException tooLarge)
        {
            return InvocationResult.Failure(RuntimeError.Validation(tooLarge.Message));
        }
        using (body)
        {
            var headers = request.Headers;
            var target = Single(headers[RuntimeHeaders.TargetContainerHostname]);
            var denied = authenticator.Authenticate(new AuthenticationRequest(
                request, body.WrittenMemory, identity.EndpointArn(name), name, target));
            if (denied is not null)
            {
                return InvocationResult.Failure(denied);
            }
            var endpoint = catalog.Find(name);
            if (endpoint is null)
            {
                return InvocationResult.Failure(RuntimeError.Validation($"Endpoint {name} of account {identity.AccountId} not found."));
            }
            if (InvocationHeaderRules.Check(headers, endpoint) is { } malformed)
            {
                return InvocationResult.Failure(malformed);
            }
            var containerRequest = new ContainerRequest(
                body.WrittenMemory,
                Single(headers.ContentType),
                Single(headers.Accept),
                Single(headers[RuntimeHeaders.CustomAttributes]),
                Single(headers[RuntimeHeaders.InferenceId]),
                Single(headers[RuntimeHeaders.EnableExplanations]));
            var result = await EndpointInvoker.InvokeAsync(endpoint, target, containerRequest, context.RequestAborted);
            if (result.Error is null)
            {
                await WriteAsync(context.Response, endpoint, result.Response!, containerRequest.CustomAttributes, context.RequestAborted);
            }
            return result;
        }
    }

    private void Record(HttpContext context, string name, string requestId, InvocationResult result, TimeSpan latency)
    {
        var status = result.Error?.StatusCode ?? StatusCodes.Status200OK;
        var endpoint = catalog.Find(name);
        if (endpoint is not null)
        {
            var metrics = endpoint.Metrics;
            // Direct requests count against their container; serial pipelines and requests that reached none, against the endpoint.
            var scope = metrics.For(endpoint.Mode == Configuration.ExecutionMode.Direct ? result.ContainerHostname : null);
            // SageMaker counts a ModelError by the container's own status; no answer at all is a server error.
            scope.CountInvocation(result.Error?.Model is { } model ? (model.OriginalStatusCode is 0 ? 500 : model.OriginalStatusCode) : status);
            metrics.InvocationsPerInstance.Increment();
            if (result.ModelLatency > TimeSpan.Zero)
            {
                scope.ModelLatency.Record(result.ModelLatency);
            }
            scope.OverheadLatency.Record(latency - result.ModelLatency);
        }
        var inferenceId = context.Request.Headers[RuntimeHeaders.InferenceId] is [{ Length: > 0 } given] ? given : requestId;
        requestLog.Write(new RequestLogEntry(
            inferenceId, requestId, name, endpoint?.VariantName ?? "", result.ContainerHostname, status, result.Error?.Code, latency, result.ModelLatency));
    }

    private static async Task WriteAsync(
        HttpResponse response, HostedEndpoint endpoint, ContainerResponse answer, string? requestAttributes, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        if (answer.ContentType is { } contentType)
        {
            response.ContentType = contentType;
        }
        response.Headers[RuntimeHeaders.InvokedProductionVariant] = endpoint.VariantName;
        // A container that sets no attributes of its own passes the caller's back.
        if ((answer.CustomAttributes ?? requestAttributes) is { } attributes)
        {
            response.Headers[RuntimeHeaders.CustomAttributes] = attributes;
        }
        response.ContentLength = answer.Body.Length;
        await response.Body.WriteAsync(answer.Body, cancellationToken);
    }

    private static string? Single(StringValues values) => values.Count == 0 ? null : values.ToString();
}
