using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Solutions.Endpoint.Authentication;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Hosting;
using Solutions.Shared.Serving;
using Solutions.Shared.Serving.Requests;

namespace Solutions.Endpoint.Invocation;

/// <summary>
/// <c>POST /endpoints/{EndpointName}/invocations</c>, SageMaker Runtime's InvokeEndpoint: reads the body (at most
/// 6 MiB), authenticates, checks the headers, invokes the containers and answers with the model's body and
/// Content-Type, <c>x-Amzn-Invoked-Production-Variant</c> and the custom attributes, or with a runtime error.
/// </summary>
internal sealed class InvokeEndpointHandler(
    EndpointCatalog catalog, IRequestAuthenticator authenticator, HostIdentity identity, ILogger<InvokeEndpointHandler> logger)
{
    public const string EndpointNameRouteValue = "EndpointName";

    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers[RuntimeHeaders.RequestId] = Guid.NewGuid().ToString();
        var name = (string)context.Request.RouteValues[EndpointNameRouteValue]!;
        try
        {
            var error = await InvokeAsync(context, name);
            if (error is not null)
            {
                await RuntimeErrorResponse.WriteAsync(response, error);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; there is no one to answer.
        }
        catch (BadHttpRequestException bad)
        {
            await RuntimeErrorResponse.WriteAsync(response, RuntimeError.Validation(bad.Message));
        }
        catch (Exception failure)
        {
            logger.LogError(failure, "InvokeEndpoint {Endpoint} failed", name);
            if (!response.HasStarted)
            {
                await RuntimeErrorResponse.WriteAsync(response, RuntimeError.InternalFailure("The endpoint host failed; see its log."));
            }
        }
    }

    private async Task<RuntimeError?> InvokeAsync(HttpContext context, string name)
    {
        var request = context.Request;
        Solutions.Shared.Serving.Buffers.PooledBuffer body;
        try
        {
            body = await RequestBody.ReadAsync(request, ServingContract.MaxRequestBodyBytes, context.RequestAborted);
        }
        catch (InvocationRejectedException tooLarge)
        {
            return RuntimeError.Validation(tooLarge.Message);
        }
        using (body)
        {
            var headers = request.Headers;
            var target = Single(headers[RuntimeHeaders.TargetContainerHostname]);
            var denied = authenticator.Authenticate(new AuthenticationRequest(
                request, body.WrittenMemory, identity.EndpointArn(name), name, target));
            if (denied is not null)
            {
                return denied;
            }
            var endpoint = catalog.Find(name);
            if (endpoint is null)
            {
                return RuntimeError.Validation($"Endpoint {name} of account {identity.AccountId} not found.");
            }
            if (InvocationHeaderRules.Check(headers, endpoint) is { } malformed)
            {
                return malformed;
            }
            var containerRequest = new ContainerRequest(
                body.WrittenMemory,
                Single(headers.ContentType),
                Single(headers.Accept),
                Single(headers[RuntimeHeaders.CustomAttributes]),
                Single(headers[RuntimeHeaders.InferenceId]),
                Single(headers[RuntimeHeaders.EnableExplanations]));
            var result = await EndpointInvoker.InvokeAsync(endpoint, target, containerRequest, context.RequestAborted);
            if (result.Error is { } error)
            {
                return error;
            }
            await WriteAsync(context.Response, endpoint, result.Response!, containerRequest.CustomAttributes, context.RequestAborted);
            return null;
        }
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
