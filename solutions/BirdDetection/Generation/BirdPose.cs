namespace Solutions.BirdDetection.Generation;

/// <summary>Where and how a bird is drawn.</summary>
/// <param name="CentreX">The body's centre in image pixels.</param>
/// <param name="CentreY">The body's centre in image pixels.</param>
/// <param name="BodyLength">The body ellipse's length in pixels (the tail, head and beak add to it).</param>
/// <param name="TiltDegrees">Clockwise tilt; positive lifts the tail of a right-facing bird.</param>
/// <param name="FacesRight">True when the head and beak point to the image's right.</param>
public sealed record BirdPose(double CentreX, double CentreY, double BodyLength, double TiltDegrees, bool FacesRight);
