using Solutions.BirdDetection.Detection;
using Solutions.Shared.Modeling.Bundles;

namespace Solutions.BirdDetection.Bundles;

/// <summary>A trained bird detector as a bundle holds it: the head and what it needs to be run again.</summary>
/// <param name="Manifest">The bundle's manifest (solution, version, metrics, files).</param>
/// <param name="Head">The detection head trained on the backbone's feature maps.</param>
/// <param name="Species">The species, in class-index order.</param>
/// <param name="InputSize">Side of the square network input in pixels the head was trained at.</param>
/// <param name="BackboneIdentity">The backbone the head was trained on (<see cref="Backbone.ResNetBackbone.ModelIdentity"/>).</param>
public sealed record BirdModel(
    BundleManifest Manifest, DetectionHead Head, IReadOnlyList<SpeciesLabel> Species, int InputSize, string BackboneIdentity);
