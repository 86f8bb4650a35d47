using System.Globalization;
using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Imaging.Segmentation;
using Solutions.LungSurvival.Imaging.Volumes;
using Solutions.LungSurvival.Tests.Imaging.Dicom;

namespace Solutions.LungSurvival.Tests.Imaging.Segmentation;

public sealed class ContourRasterizerTests
{
    [Fact]
    public void Voxel_centres_inside_by_the_even_odd_rule_and_nested_contours_cut_holes()
    {
        var grid = DicomWriterTests.SmallCt().Geometry;
        RtContour Rectangle(double x0, double y0, double x1, double y1, double z) => new("CLOSED_PLANAR",
            [grid.IndexToPatient(x0, y0, z), grid.IndexToPatient(x1, y0, z), grid.IndexToPatient(x1, y1, z), grid.IndexToPatient(x0, y1, z)]);
        // Slice 1: outer rectangle x 0.5..3.5, y 0.5..2.5 holds the centres x 1..3, y 1..2 (6 voxels); the inner
        // one x 1.5..2.5 holds x 2, y 1..2 (2 voxels), cut out by exclusive or: 4 voxels. Slice 3: x -1..0.2 and
        // y 3.5..9 (beyond the grid) hold x 0, y 4: 1 voxel. Total 5.
        var roi = new RtRoi(1, "GTV", null,
            [Rectangle(0.5, 0.5, 3.5, 2.5, 1), Rectangle(1.5, 0.5, 2.5, 2.5, 1), Rectangle(-1, 3.5, 0.2, 9, 3)]);
        var mask = ContourRasterizer.Rasterize(roi, grid);
        Assert.Empty(mask.Warnings);
        Assert.Equal(5, mask.VoxelCount);
        foreach (var (x, y) in new[] { (1, 1), (1, 2), (3, 1), (3, 2) }) Assert.Equal(1, mask.Mask[x, y, 1]);
        foreach (var (x, y) in new[] { (2, 1), (2, 2), (0, 1), (4, 1), (1, 0), (1, 3) }) Assert.Equal(0, mask.Mask[x, y, 1]);
        Assert.Equal(1, mask.Mask[0, 4, 3]);

        var between = new RtRoi(2, "off", null, [Rectangle(0.5, 0.5, 3.5, 2.5, 1.5)]);
        Assert.Contains("lies between slices", Assert.Single(ContourRasterizer.Rasterize(between, grid).Warnings));
    }

    [Fact]
    public void The_phantom_rtstruct_matches_the_ibsi_voxel_mask()
    {
        var ct = SeriesAssembler.Assemble(Assert.Single(DicomSeriesReader.ReadDirectory(TestPaths.PhantomImages)));
        var roi = Assert.Single(RtStructureSet.ReadRois(DicomFile.Read(TestPaths.PhantomRtStruct)));
        Assert.Equal("GTV-1", roi.Name);
        Assert.Equal(26, roi.Contours.Count);
        Assert.Equal(ct.FrameOfReferenceUid, roi.FrameOfReferenceUid);
        var mask = ContourRasterizer.Rasterize(roi, ct.Volume.Geometry);
        Assert.Empty(mask.Warnings);

        // IBSI's mask via nibabel: the patient (LPS) position of every voxel inside, mapped onto our grid.
        using var folder = new TemporaryFolder();
        var points = folder.File("points.txt");
        ReferenceTools.RunPython("""
            import sys
            import nibabel as nib
            import numpy as np
            image = nib.load(sys.argv[1])
            ijk = np.argwhere(image.get_fdata() > 0.5)
            ras = nib.affines.apply_affine(image.affine, ijk)
            np.savetxt(sys.argv[2], ras * [-1, -1, 1], fmt="%.4f")  # RAS to DICOM's LPS
            """, Path.Combine(TestPaths.Phantom, "nifti", "mask.nii.gz"), points);
        var reference = new Volume3D<byte>(ct.Volume.Geometry);
        foreach (var line in File.ReadLines(points))
        {
            var xyz = line.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var index = ct.Volume.Geometry.PatientToIndex(new Vector3D(xyz[0], xyz[1], xyz[2]));
            reference[(int)Math.Round(index.X), (int)Math.Round(index.Y), (int)Math.Round(index.Z)] = 1;
        }
        long both = 0, ours = 0, theirs = 0;
        for (var i = 0; i < reference.Voxels.Length; i++)
        {
            both += mask.Mask.Voxels[i] & reference.Voxels[i];
            ours += mask.Mask.Voxels[i];
            theirs += reference.Voxels[i];
        }
        // The README: even-odd on voxel centres, contours combined by exclusive or, gives IBSI's 125,256 voxels.
        Assert.Equal(125_256, theirs);
        Assert.Equal(125_256, ours);
        Assert.Equal(1.0, 2.0 * both / (ours + theirs));
    }
}
