using SkiaSharp;

namespace Solutions.BirdDetection.Generation;

/// <summary>
/// What sets a synthetic species apart: the colours of its parts, its markings and its build. Lengths are in body
/// lengths (the body ellipse is 1 long).
/// </summary>
/// <param name="WingBar">The colour of the bar across the wing, or null for a plain wing.</param>
/// <param name="EyeStripe">The colour of the stripe through the eye, or null for none.</param>
/// <param name="Crest">The colour of the crest on the back of the head, or null for none.</param>
/// <param name="Plumpness">Body height over body length, 0.5 (slender) to 0.75 (round).</param>
/// <param name="TailLength">0.2 (short) to 0.7 (long).</param>
/// <param name="BeakLength">0.08 (finch) to 0.3 (long bill).</param>
/// <param name="HeadSize">The head's radius, 0.16 to 0.22.</param>
public sealed record BirdAppearance(
    SKColor Body,
    SKColor Belly,
    SKColor Wing,
    SKColor Head,
    SKColor Beak,
    SKColor Tail,
    SKColor? WingBar,
    SKColor? EyeStripe,
    SKColor? Crest,
    double Plumpness,
    double TailLength,
    double BeakLength,
    double HeadSize);
