using TheoryCheck.Solvers;

namespace TheoryCheck.Theories.AdvaniSaxe;

/// <summary>The linear student–teacher model's parameters (catalogue §0), shared by its theories and experiments.</summary>
internal static class LinearModelParameters
{
    public static readonly ParameterSpec Alpha = ParameterSpec.Positive("alpha", "samples per input dimension, alpha = P/N (P = alpha*N must be a whole number)");
    public static readonly ParameterSpec Snr = ParameterSpec.Positive("snr", "signal-to-noise ratio sigma_w^2 / sigma_eps^2 (SNR = 0 would mean infinite noise)");
    public static readonly ParameterSpec Inr = ParameterSpec.Real("inr", "initialisation-to-signal ratio sigma_w0^2 / sigma_w^2", min: 0, @default: 0.25);
    public static readonly ParameterSpec Eta = ParameterSpec.Positive("eta", "gradient-descent step; time t = eta * k", @default: 0.1);
    public static readonly ParameterSpec Steps = ParameterSpec.List("record-steps", "gradient-descent steps k at which E_g is recorded", min: 1, @default: [10, 50, 200]);
    public static readonly ParameterSpec Dataset = ParameterSpec.Integer("dataset", "index of the fixed data set X (the same for every seed; the theory uses its spectrum)", min: 1, max: 1000, @default: 1);

    public static int SampleCount(Point point) => (int)Math.Round(point.Real("alpha") * point.Size);

    public static IReadOnlyList<int> RecordSteps(Point point) => point.List("record-steps").Select(k => (int)k).ToList();

    /// <summary>alpha*N must be whole (catalogue pitfall: rounding silently changes alpha); steps whole; GD must not diverge.</summary>
    public static string? Validate(Point point)
    {
        var p = point.Real("alpha") * point.Size;
        if (Math.Abs(p - Math.Round(p)) > 1e-9)
            return $"P = alpha*N = {p} is not a whole number: choose N so that alpha*N is (rounding would change alpha)";
        if (point.List("record-steps").Any(k => k != Math.Floor(k)))
            return "record-steps must be whole numbers of gradient-descent steps";
        if (point.Has("eta"))
        {
            var edge = Math.Pow(1 + Math.Sqrt(point.Real("alpha")), 2);
            if (point.Real("eta") * edge >= 2)
                return $"eta * lambda_max = {point.Real("eta")} * {edge:G4} >= 2: gradient descent diverges (need eta < {2 / edge:G4})";
        }
        return null;
    }
}
