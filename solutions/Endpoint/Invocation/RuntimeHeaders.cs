namespace Solutions.Endpoint.Invocation;

/// <summary>The header names of SageMaker Runtime's InvokeEndpoint, as the AWS SDKs send and read them.</summary>
public static class RuntimeHeaders
{
    public const string TargetContainerHostname = "X-Amzn-SageMaker-Target-Container-Hostname";
    public const string TargetVariant = "X-Amzn-SageMaker-Target-Variant";
    public const string CustomAttributes = "X-Amzn-SageMaker-Custom-Attributes";
    public const string InferenceId = "X-Amzn-SageMaker-Inference-Id";
    public const string EnableExplanations = "X-Amzn-SageMaker-Enable-Explanations";
    public const string InvokedProductionVariant = "x-Amzn-Invoked-Production-Variant";

    /// <summary>The error's code, e.g. <c>ValidationError</c>: what the SDKs raise (boto3's <c>ClientError.response["Error"]["Code"]</c>).</summary>
    public const string ErrorType = "x-amzn-ErrorType";

    /// <summary>A fresh id per request; the SDKs report it as the request id.</summary>
    public const string RequestId = "x-amzn-RequestId";
}
