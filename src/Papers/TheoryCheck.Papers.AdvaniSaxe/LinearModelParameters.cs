using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>The linear student–teacher model's parameters (catalogue §0), shared by its theories and experiments.</summary>
internal static class LinearModelParameters
{
    public static readonly ParameterSpec Alpha = ParameterSpec.Positive("alpha", "samples per input dimension, alpha = P/N (P = alpha*N must be a whole number)");
    public static readonly ParameterSpec Snr = ParameterSpec.Positive("snr", "signal-to-noise ratio sigma_w^2 / sigma_eps^2 (SNR = 0 would mean infinite noise)");
    public static readonly ParameterSpec Inr = ParameterSpec.Real("inr", "initialisation-to-signal ratio sigma_w0^2 / sigma_w^2", min: 0, @default: 0.25);
    public static readonly ParameterSpec Eta = ParameterSpec.Positive("eta", "gradient-descent step; time t = eta * k", @default: 0.1);
    public static readonly ParameterSpec Steps = ParameterSpec.List("record-steps", "gradient-descent steps k at which E_g is recorded", min: 1, @default: [10, 50, 200]);
    public static readonly ParameterSpec Dataset = ParameterSpec.Integer("dataset", "index of the fixed data set X (the same for every seed; the theory uses its spectrum)", min: 1, max: 1000, @default: 1);

    public static readonly ParameterSpec CurveEvery = ParameterSpec.Integer("curve-every", "record the E_g(t) curve every this many steps up to the last recorded step (at most 100 points)", min: 1, @default: 5);

    /// <summary>Steps 0, c, 2c, … up to the largest recorded step (the figure's time grid).</summary>
    public static IReadOnlyList<int> CurveSteps(Point point)
    {
        var every = point.Integer("curve-every");
        var last = RecordSteps(point).Max();
        return Enumerable.Range(0, last / every + 1).Select(i => i * every).ToList();
    }

    public static int SampleCount(Point point) => (int)Math.Round(point.Real("alpha") * point.Size);

    public static IReadOnlyList<int> RecordSteps(Point point) => point.List("record-steps").Select(k => (int)k).ToList();

    /// <summary>
    /// <see cref="Validate"/> plus |P − N| ≥ 4: the exact t = ∞ expectations need |P − N| ≥ 2, and the variance of
    /// tr Σ⁻¹ is infinite closer to the square case (catalogue §8).
    /// </summary>
    public static string? ValidateAwayFromSquare(Point point)
    {
        if (Validate(point) is { } error) return error;
        var p = SampleCount(point);
        return Math.Abs(p - point.Size) < 4
            ? $"|P - N| = {Math.Abs(p - point.Size)} < 4: at t = infinity the mean (|P - N| < 2) or the variance of E_g is infinite; keep alpha*N at least 4 away from N"
            : null;
    }

    /// <summary><see cref="Validate"/> plus α &lt; 1 (a frozen subspace exists only when P &lt; N).</summary>
    public static string? ValidateUnderdetermined(Point point)
    {
        if (Validate(point) is { } error) return error;
        return SampleCount(point) >= point.Size ? $"alpha = {point.Real("alpha")}: the frozen subspace needs P < N (alpha < 1)" : null;
    }

    /// <summary>alpha*N must be whole (catalogue pitfall: rounding silently changes alpha); steps whole; GD must not diverge.</summary>
    public static string? Validate(Point point)
    {
        var p = point.Real("alpha") * point.Size;
        if (Math.Abs(p - Math.Round(p)) > 1e-9)
            return $"P = alpha*N = {p} is not a whole number: choose N so that alpha*N is (rounding would change alpha)";
        if (point.Has("record-steps") && point.List("record-steps").Any(k => k != Math.Floor(k)))
            return "record-steps must be whole numbers of gradient-descent steps";
        if (point.Has("curve-every") && point.Has("record-steps") && point.List("record-steps").Max() / point.Integer("curve-every") > 100)
            return $"the E_g(t) curve would have more than 100 points: raise curve-every to at least {Math.Ceiling(point.List("record-steps").Max() / 100)}";
        if (point.Has("eta"))
        {
            var root = 1 + Math.Sqrt(point.Real("alpha"));
            var edge = root * root;
            if (point.Real("eta") * edge >= 2)
                return $"eta * lambda_max = {point.Real("eta")} * {edge:G4} >= 2: gradient descent diverges (need eta < {2 / edge:G4})";
        }
        return null;
    }
}
