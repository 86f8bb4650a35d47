using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Radiomics.Shape;

/// <summary>
/// A closed triangle mesh around a mask, its normals pointing out of the mask. Vertices sit on voxel-centre grid
/// edges, so each is kept exactly as twice its grid index (<see cref="HalfSteps"/>); positions in mm scale that by
/// the spacing, as pyradiomics does (the grid's direction cosines rotate the mesh and change no shape feature).
/// </summary>
internal sealed class SurfaceMesh(int[] halfSteps, int[] triangles, double spacingX, double spacingY, double spacingZ)
{
    /// <summary>Vertex v's grid index times two: x at [3v], y at [3v + 1], z at [3v + 2].</summary>
    public int[] HalfSteps { get; } = halfSteps;

    /// <summary>Vertex indices, three per triangle, counter-clockwise seen from outside the mask.</summary>
    public int[] Triangles { get; } = triangles;

    public double SpacingX { get; } = spacingX;

    public double SpacingY { get; } = spacingY;

    public double SpacingZ { get; } = spacingZ;

    public int VertexCount => HalfSteps.Length / 3;

    /// <summary>Vertex position in mm.</summary>
    public Vector3D Position(int vertex) => new(
        HalfSteps[3 * vertex] * 0.5 * SpacingX, HalfSteps[3 * vertex + 1] * 0.5 * SpacingY, HalfSteps[3 * vertex + 2] * 0.5 * SpacingZ);

    /// <summary>Total triangle area in mm^2.</summary>
    public double Area()
    {
        double area = 0;
        for (var t = 0; t < Triangles.Length; t += 3)
        {
            var a = Position(Triangles[t]);
            area += 0.5 * (Position(Triangles[t + 1]) - a).Cross(Position(Triangles[t + 2]) - a).Length;
        }

        return area;
    }

    /// <summary>Enclosed volume in mm^3: the signed volumes of the tetrahedra from the origin to each triangle.</summary>
    public double Volume()
    {
        double sixTimes = 0;
        for (var t = 0; t < Triangles.Length; t += 3)
            sixTimes += Position(Triangles[t]).Dot(Position(Triangles[t + 1]).Cross(Position(Triangles[t + 2])));
        return sixTimes / 6;
    }
}
