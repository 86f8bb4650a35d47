using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Imaging.Segmentation;

/// <summary>Reads the ROIs of an RT Structure Set (PS3.3 C.8.8.5 Structure Set, C.8.8.6 ROI Contour).</summary>
public static class RtStructureSet
{
    public static IReadOnlyList<RtRoi> ReadRois(DicomFile file)
    {
        var ds = file.Dataset;
        if (ds.GetStringOrNull(DicomTag.SopClassUid) != DicomUid.RtStructureSetStorage)
            throw new DicomFormatException(file.Source, -1, DicomTag.SopClassUid, $"not an RT Structure Set ({DicomUid.RtStructureSetStorage})");
        var contoursByRoi = new Dictionary<int, List<RtContour>>();
        foreach (var roiContour in ds.GetSequence(DicomTag.RoiContourSequence))
        {
            var number = roiContour.GetInt(DicomTag.ReferencedRoiNumber);
            var contours = contoursByRoi.TryGetValue(number, out var list) ? list : contoursByRoi[number] = [];
            foreach (var contour in roiContour.GetSequence(DicomTag.ContourSequence))
            {
                var data = contour.GetDoubles(DicomTag.ContourData);
                if (data.Length % 3 != 0)
                    throw new DicomFormatException(file.Source, contour.GetElementOrNull(DicomTag.ContourData)?.Offset ?? -1, DicomTag.ContourData,
                        $"{data.Length} coordinates are not whole (x, y, z) points");
                var points = new Vector3D[data.Length / 3];
                for (var i = 0; i < points.Length; i++) points[i] = Vector3D.From(data, 3 * i);
                contours.Add(new RtContour(contour.GetStringOrNull(DicomTag.ContourGeometricType) ?? "", points));
            }
        }
        var rois = new List<RtRoi>();
        foreach (var roi in ds.GetSequence(DicomTag.StructureSetRoiSequence))
        {
            var number = roi.GetInt(DicomTag.RoiNumber);
            rois.Add(new RtRoi(number, roi.GetStringOrNull(DicomTag.RoiName) ?? "", roi.GetStringOrNull(DicomTag.ReferencedFrameOfReferenceUid),
                contoursByRoi.TryGetValue(number, out var contours) ? contours : []));
        }
        return rois;
    }
}
