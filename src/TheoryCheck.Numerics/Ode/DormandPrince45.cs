using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.Ode;

/// <summary>
/// Dormand–Prince 5(4) embedded Runge–Kutta pair (Dormand and Prince 1980; Hairer, Nørsett, Wanner, Solving ODEs I,
/// table II.5.2) with first-same-as-last stages, local extrapolation (the 5th-order solution is propagated) and the
/// standard error control: err = RMS_i (e_i / (atol + rtol max(|y_i|, |y_new,i|))), accept when err &lt;= 1,
/// new step h * clamp(0.9 err^(-1/5), 0.2, 5).
/// </summary>
public sealed class DormandPrince45
{
    private const double C2 = 1.0 / 5, C3 = 3.0 / 10, C4 = 4.0 / 5, C5 = 8.0 / 9;
    private const double A21 = 1.0 / 5;
    private const double A31 = 3.0 / 40, A32 = 9.0 / 40;
    private const double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
    private const double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187, A53 = 64448.0 / 6561, A54 = -212.0 / 729;
    private const double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247, A64 = 49.0 / 176, A65 = -5103.0 / 18656;
    private const double B1 = 35.0 / 384, B3 = 500.0 / 1113, B4 = 125.0 / 192, B5 = -2187.0 / 6784, B6 = 11.0 / 84;
    // Error coefficients: 5th-order minus embedded 4th-order weights.
    private const double E1 = 71.0 / 57600, E3 = -71.0 / 16695, E4 = 71.0 / 1920, E5 = -17253.0 / 339200, E6 = 22.0 / 525, E7 = -1.0 / 40;

    private readonly double[] _k1, _k2, _k3, _k4, _k5, _k6, _k7, _tmp, _ynew;

    public DormandPrince45(int dimension)
    {
        _k1 = new double[dimension]; _k2 = new double[dimension]; _k3 = new double[dimension]; _k4 = new double[dimension];
        _k5 = new double[dimension]; _k6 = new double[dimension]; _k7 = new double[dimension];
        _tmp = new double[dimension]; _ynew = new double[dimension];
    }

    public double RelativeTolerance { get; init; } = 1e-10;
    public double AbsoluteTolerance { get; init; } = 1e-12;
    public double DivergenceBound { get; init; } = 1e8;
    public long MaxSteps { get; init; } = 10_000_000;
    /// <summary>Largest step allowed (default unlimited).</summary>
    public double MaxStepSize { get; init; } = double.PositiveInfinity;

    /// <summary>Accepted steps and right-hand-side evaluations of the last call.</summary>
    public long AcceptedSteps { get; private set; }
    public long Evaluations { get; private set; }

    /// <summary>Integrates y from t0 to t1 in place, starting with step <paramref name="h0"/> (0: automatic).</summary>
    public void Integrate(OdeRhs f, Span<double> y, double t0, double t1, double h0 = 0)
    {
        var d = y.Length;
        AcceptedSteps = 0;
        Evaluations = 0;
        if (t1 <= t0) return;
        var t = t0;
        f(t, y, _k1);
        Evaluations++;
        var h = h0 > 0 ? h0 : InitialStep(y, _k1, t1 - t0);
        long attempts = 0;
        while (t < t1)
        {
            if (++attempts > MaxSteps) throw new InvalidOperationException($"Dormand–Prince: more than {MaxSteps} steps before t = {t1}");
            h = Math.Min(Math.Min(h, MaxStepSize), t1 - t);
            for (var i = 0; i < d; i++) _tmp[i] = y[i] + h * A21 * _k1[i];
            f(t + C2 * h, _tmp, _k2);
            for (var i = 0; i < d; i++) _tmp[i] = y[i] + h * (A31 * _k1[i] + A32 * _k2[i]);
            f(t + C3 * h, _tmp, _k3);
            for (var i = 0; i < d; i++) _tmp[i] = y[i] + h * (A41 * _k1[i] + A42 * _k2[i] + A43 * _k3[i]);
            f(t + C4 * h, _tmp, _k4);
            for (var i = 0; i < d; i++) _tmp[i] = y[i] + h * (A51 * _k1[i] + A52 * _k2[i] + A53 * _k3[i] + A54 * _k4[i]);
            f(t + C5 * h, _tmp, _k5);
            for (var i = 0; i < d; i++) _tmp[i] = y[i] + h * (A61 * _k1[i] + A62 * _k2[i] + A63 * _k3[i] + A64 * _k4[i] + A65 * _k5[i]);
            f(t + h, _tmp, _k6);
            for (var i = 0; i < d; i++) _ynew[i] = y[i] + h * (B1 * _k1[i] + B3 * _k3[i] + B4 * _k4[i] + B5 * _k5[i] + B6 * _k6[i]);
            f(t + h, _ynew, _k7);
            Evaluations += 6;
            double err = 0;
            var finite = true;
            for (var i = 0; i < d; i++)
            {
                var e = h * (E1 * _k1[i] + E3 * _k3[i] + E4 * _k4[i] + E5 * _k5[i] + E6 * _k6[i] + E7 * _k7[i]);
                var sc = AbsoluteTolerance + RelativeTolerance * Math.Max(Math.Abs(y[i]), Math.Abs(_ynew[i]));
                var r = e / sc;
                err += r * r;
                if (!double.IsFinite(_ynew[i])) finite = false;
            }
            err = Math.Sqrt(err / d);
            if (!finite || !double.IsFinite(err))
            {
                h *= 0.2;
                if (h < 1e-14 * Math.Max(1, Math.Abs(t))) throw new OdeDivergenceException(t, "the step size underflowed while the solution left the finite range");
                continue;
            }
            if (err <= 1)
            {
                t += h;
                _ynew.AsSpan().CopyTo(y);
                _k7.AsSpan().CopyTo(_k1);
                AcceptedSteps++;
                OdeGuard.Check(y, t, DivergenceBound);
            }
            var factor = err == 0 ? 5 : Math.Clamp(0.9 * PortableMath.Pow(err, -0.2), 0.2, 5);
            h *= factor;
            if (h < 1e-14 * Math.Max(1, Math.Abs(t))) throw new OdeDivergenceException(t, "the step size underflowed (stiff or singular system)");
        }
    }

    private double InitialStep(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, double span)
    {
        double d0 = 0, d1 = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var sc = AbsoluteTolerance + RelativeTolerance * Math.Abs(y[i]);
            d0 += (y[i] / sc) * (y[i] / sc);
            d1 += (dy[i] / sc) * (dy[i] / sc);
        }
        d0 = Math.Sqrt(d0 / y.Length);
        d1 = Math.Sqrt(d1 / y.Length);
        var h = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * d0 / d1;
        return Math.Min(h, span);
    }
}
