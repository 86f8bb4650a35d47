using Solutions.LungSurvival.Imaging.Dicom;
using Solutions.LungSurvival.Imaging.Phantom;
using Solutions.LungSurvival.Imaging.Segmentation;
using Solutions.LungSurvival.Imaging.Volumes;

namespace Solutions.LungSurvival.Cohort;

/// <summary>Writes one patient's CT as a DICOM series and the tumour as a DICOM SEG referring to it.</summary>
public static class PatientSeries
{
    public const string SegFileName = "tumour-seg.dcm";

    /// <param name="cohortSeed">Part of every UID, so that cohorts of different seeds never share UIDs and one seed always gives the same ones.</param>
    public static CtSeriesReference Write(CohortLayout layout, PatientTraits patient, ChestScan scan, int cohortSeed)
    {
        var metadata = CtSeriesMetadata.ForPatient(patient.CaseId, $"lung-survival-cohort/{cohortSeed}") with
        {
            PatientSex = patient.Male ? "M" : "F",
            SeriesDescription = $"Synthetic chest CT, tumour in {patient.Tumour.Lobe}",
        };
        var hounsfield = new Volume3D<float>(scan.Geometry, [.. scan.Hounsfield.Voxels.Select(v => (float)v)]);
        var ct = CtSeriesWriter.Write(hounsfield, layout.Ct(patient.CaseId), metadata);
        Directory.CreateDirectory(layout.Seg(patient.CaseId));
        SegmentationWriter.Write(scan.TumourMask, [SegmentDescription.Tumour()], ct, Path.Combine(layout.Seg(patient.CaseId), SegFileName));
        return ct;
    }
}
