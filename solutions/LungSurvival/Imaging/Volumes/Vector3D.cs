namespace Solutions.LungSurvival.Imaging.Volumes;

/// <summary>A point or direction in patient coordinates (millimetres, DICOM LPS axes), in double precision.</summary>
public readonly record struct Vector3D(double X, double Y, double Z)
{
    public static Vector3D operator +(Vector3D a, Vector3D b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    public static Vector3D operator -(Vector3D a, Vector3D b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    public static Vector3D operator *(double s, Vector3D a) => new(s * a.X, s * a.Y, s * a.Z);

    public double Dot(Vector3D other) => X * other.X + Y * other.Y + Z * other.Z;

    public Vector3D Cross(Vector3D o) => new(Y * o.Z - Z * o.Y, Z * o.X - X * o.Z, X * o.Y - Y * o.X);

    public double Length => Math.Sqrt(Dot(this));

    public Vector3D Normalized() => (1.0 / Length) * this;

    /// <summary>Reads three values starting at <paramref name="start"/> (e.g. Image Position (Patient)).</summary>
    public static Vector3D From(ReadOnlySpan<double> values, int start = 0) => new(values[start], values[start + 1], values[start + 2]);
}
