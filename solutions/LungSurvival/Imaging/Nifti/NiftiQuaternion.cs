namespace Solutions.LungSurvival.Imaging.Nifti;

/// <summary>
/// NIfTI's qform rotation: a unit quaternion (b, c, d; a implied) plus <c>qfac</c> = ±1 for handedness, following
/// the conversions nifti1_io.c defines, so that every NIfTI reader rebuilds the same matrix.
/// </summary>
internal readonly record struct NiftiQuaternion(double B, double C, double D, double Qfac)
{
    /// <summary>From a row-major 3 x 3 rotation whose columns are unit axis directions (RAS).</summary>
    public static NiftiQuaternion FromRotation(double[] r)
    {
        double r11 = r[0], r12 = r[1], r13 = r[2], r21 = r[3], r22 = r[4], r23 = r[5], r31 = r[6], r32 = r[7], r33 = r[8];
        var determinant = r11 * (r22 * r33 - r32 * r23) - r12 * (r21 * r33 - r31 * r23) + r13 * (r21 * r32 - r31 * r22);
        var qfac = 1.0;
        if (determinant < 0)
        {
            // A left-handed grid: the quaternion can only hold a proper rotation, so the third axis is flipped and
            // qfac records the flip (pixdim[0] = -1).
            qfac = -1;
            r13 = -r13;
            r23 = -r23;
            r33 = -r33;
        }
        double a = r11 + r22 + r33 + 1, b, c, d;
        if (a > 0.5)
        {
            a = 0.5 * Math.Sqrt(a);
            b = 0.25 * (r32 - r23) / a;
            c = 0.25 * (r13 - r31) / a;
            d = 0.25 * (r21 - r12) / a;
        }
        else
        {
            var xd = 1 + r11 - (r22 + r33);
            var yd = 1 + r22 - (r11 + r33);
            var zd = 1 + r33 - (r11 + r22);
            if (xd > 1)
            {
                b = 0.5 * Math.Sqrt(xd);
                c = 0.25 * (r12 + r21) / b;
                d = 0.25 * (r13 + r31) / b;
                a = 0.25 * (r32 - r23) / b;
            }
            else if (yd > 1)
            {
                c = 0.5 * Math.Sqrt(yd);
                b = 0.25 * (r12 + r21) / c;
                d = 0.25 * (r23 + r32) / c;
                a = 0.25 * (r13 - r31) / c;
            }
            else
            {
                d = 0.5 * Math.Sqrt(zd);
                b = 0.25 * (r13 + r31) / d;
                c = 0.25 * (r23 + r32) / d;
                a = 0.25 * (r21 - r12) / d;
            }
            if (a < 0)
            {
                b = -b;
                c = -c;
                d = -d;
            }
        }
        return new NiftiQuaternion(b, c, d, qfac);
    }

    /// <summary>The row-major 3 x 3 rotation (columns = axis directions), the third column multiplied by qfac.</summary>
    public double[] ToRotation()
    {
        double b = B, c = C, d = D;
        var aSquared = 1.0 - (b * b + c * c + d * d);
        double a;
        if (aSquared < 1e-7)
        {
            // Stored values rounded to float can overshoot the unit sphere: renormalise as nifti1_io does (a = 0).
            var norm = Math.Sqrt(b * b + c * c + d * d);
            b /= norm;
            c /= norm;
            d /= norm;
            a = 0;
        }
        else
        {
            a = Math.Sqrt(aSquared);
        }
        var q = Qfac < 0 ? -1.0 : 1.0;
        return
        [
            a * a + b * b - c * c - d * d, 2 * (b * c - a * d), q * 2 * (b * d + a * c),
            2 * (b * c + a * d), a * a + c * c - b * b - d * d, q * 2 * (c * d - a * b),
            2 * (b * d - a * c), 2 * (c * d + a * b), q * (a * a + d * d - c * c - b * b),
        ];
    }
}
