namespace Solutions.LungSurvival.Imaging.Dicom;

/// <summary>Value representations of PS3.5 6.2: how an element's value is encoded.</summary>
public enum DicomVR
{
    AE, AS, AT, CS, DA, DS, DT, FD, FL, IS, LO, LT, OB, OD, OF, OL, OV, OW, PN, SH, SL, SQ, SS, ST, SV, TM,
    UC, UI, UL, UN, UR, US, UT, UV,
}
