namespace Solutions.BirdDetection.Detection;

/// <summary>Mean losses per training map over one epoch, and the size of the weights after it.</summary>
/// <param name="Epoch">1-based number of the epoch.</param>
/// <param name="Objectness">Balanced binary cross-entropy: mean over an image's positive cells plus mean over its negative cells.</param>
/// <param name="Box">Smooth L1 of the box encoding on positive cells (not yet multiplied by the box loss weight).</param>
/// <param name="Species">Softmax cross-entropy of the species on positive cells.</param>
/// <param name="Total">Objectness + box loss weight x Box + Species, the loss that was minimised.</param>
/// <param name="WeightNorm">L2 norm of all weights (biases excluded) after the epoch, which weight decay holds down.</param>
public sealed record EpochLosses(int Epoch, double Objectness, double Box, double Species, double Total, double WeightNorm);
