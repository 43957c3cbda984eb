namespace TheoryCheck.Numerics.Optimisation;

/// <summary>
/// Divergence of an iteration is a run-time error, never a number: η·λ_max ≥ 2 for the data actually drawn makes
/// gradient descent blow up geometrically. Thrown with the step (and time) at which it was seen, so the runner
/// reports "error: … diverged at step k" instead of NaN or a pass.
/// </summary>
public static class Divergence
{
    /// <summary>Throws when <paramref name="value"/> (a squared norm or an error) is not finite or exceeds <paramref name="limit"/>.</summary>
    public static void Check(double value, int step, double eta, string what, double limit = 1e12)
    {
        if (double.IsFinite(value) && value <= limit) return;
        throw new InvalidOperationException(
            $"gradient descent diverged at step {step} (t = {step * eta:G4}): {what} = {value:G4}; eta * lambda_max >= 2 for this data");
    }
}
