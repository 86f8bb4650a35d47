using Solutions.Endpoint.Containers;

namespace Solutions.Endpoint.Models;

/// <summary>One version of a bundle in memory.</summary>
/// <param name="Container">Serves it exactly as its own serving container would.</param>
/// <param name="Model">The predictor (tabular or document), disposed on unload when it is disposable.</param>
/// <param name="Signature">The bundle version it was loaded from.</param>
/// <param name="Bytes">Its estimated memory, charged to the model cache.</param>
internal sealed record LoadedModel(InProcessContainer Container, object Model, BundleSignature Signature, long Bytes);
