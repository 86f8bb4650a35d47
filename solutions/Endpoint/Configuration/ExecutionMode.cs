namespace Solutions.Endpoint.Configuration;

/// <summary>SageMaker's <c>InferenceExecutionConfig.Mode</c>.</summary>
public enum ExecutionMode
{
    /// <summary>The containers form a pipeline: each one's response body and Content-Type are the next one's request.</summary>
    Serial,

    /// <summary>Each request names one container in <c>X-Amzn-SageMaker-Target-Container-Hostname</c>.</summary>
    Direct,
}
