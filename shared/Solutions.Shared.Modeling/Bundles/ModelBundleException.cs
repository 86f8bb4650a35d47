namespace Solutions.Shared.Modeling.Bundles;

/// <summary>A model bundle that is missing, damaged, or made for another solution or input schema.</summary>
public sealed class ModelBundleException(string message, Exception? inner = null) : Exception(message, inner);
