namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The linear student–teacher model's bookkeeping shared by its theories and experiments (Advani–Saxe, the toy
/// model: X is N x P, P = αN samples): sample count, recorded steps, the E_g(t) grid, and the admissibility checks.
/// Plain numbers in, so every parameter record can compose the checks it needs.
/// </summary>
internal static class LinearModel
{
    /// <summary>P = round(αN).</summary>
    public static int SampleCount(double alpha, int n) => (int)Math.Round(alpha * n);

    /// <summary>The recorded gradient-descent steps as whole numbers.</summary>
    public static IReadOnlyList<int> Steps(IReadOnlyList<double> recordSteps) => recordSteps.Select(k => (int)k).ToList();

    /// <summary>Steps 0, c, 2c, … up to the largest recorded step (the figure's time grid).</summary>
    public static IReadOnlyList<int> CurveSteps(IReadOnlyList<double> recordSteps, int every)
    {
        var last = Steps(recordSteps).Max();
        return Enumerable.Range(0, last / every + 1).Select(i => i * every).ToList();
    }

    /// <summary>αN must be whole: rounding would silently change α.</summary>
    public static string? WholeSamples(double alpha, int n)
    {
        var p = alpha * n;
        return Math.Abs(p - Math.Round(p)) > 1e-9
            ? $"P = alpha*N = {p} is not a whole number: choose N so that alpha*N is (rounding would change alpha)"
            : null;
    }

    /// <summary>Recorded steps must be whole numbers of steps.</summary>
    public static string? WholeSteps(IReadOnlyList<double> recordSteps) =>
        recordSteps.Any(k => k != Math.Floor(k)) ? "record-steps must be whole numbers of gradient-descent steps" : null;

    /// <summary>The E_g(t) curve has at most 100 points.</summary>
    public static string? CurveLength(IReadOnlyList<double> recordSteps, int every) =>
        recordSteps.Max() / every > 100
            ? $"the E_g(t) curve would have more than 100 points: raise curve-every to at least {Math.Ceiling(recordSteps.Max() / 100)}"
            : null;

    /// <summary>Gradient descent is stable at the Marchenko–Pastur upper edge (1 + √α)²: η·λ_max &lt; 2.</summary>
    public static string? StableStep(double alpha, double eta)
    {
        var root = 1 + Math.Sqrt(alpha);
        var edge = root * root;
        return eta * edge >= 2 ? $"eta * lambda_max = {eta} * {edge:G4} >= 2: gradient descent diverges (need eta < {2 / edge:G4})" : null;
    }

    /// <summary>
    /// |P − N| ≥ 4: the exact t = ∞ expectations need |P − N| ≥ 2 (inverse-Wishart mean), and the variance of tr Σ⁻¹ is
    /// infinite closer to the square case.
    /// </summary>
    public static string? AwayFromSquare(double alpha, int n)
    {
        var p = SampleCount(alpha, n);
        return Math.Abs(p - n) < 4
            ? $"|P - N| = {Math.Abs(p - n)} < 4: at t = infinity the mean (|P - N| < 2) or the variance of E_g is infinite; keep alpha*N at least 4 away from N"
            : null;
    }

    /// <summary>α &lt; 1: a frozen subspace exists only when P &lt; N.</summary>
    public static string? Underdetermined(double alpha, int n) =>
        SampleCount(alpha, n) >= n ? $"alpha = {alpha}: the frozen subspace needs P < N (alpha < 1)" : null;
}
