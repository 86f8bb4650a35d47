namespace Solutions.BirdDetection.Detection;

/// <summary>What the head should predict at a positive cell: the species and the box encoding.</summary>
internal readonly record struct BoxTarget(int Cell, int ClassIndex, float OffsetX, float OffsetY, float LogWidth, float LogHeight);
