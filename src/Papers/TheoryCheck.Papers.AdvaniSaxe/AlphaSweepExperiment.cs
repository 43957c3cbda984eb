using TheoryCheck.Numerics.Optimisation;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The finite-N double-descent curve (catalogue §9, §10 "Simulation"): at one N, for each α of the sweep, a fresh X
/// (N x αN), teacher, noise and initialisation; gradient descent for a fixed number of steps, or for the theory's
/// optimal k*(α) (early stopping). Records E_g per α (and N·E_g), E_g minus the reference α's (the peak), each
/// α's E_g minus the previous α's, and the curve E_g against α. GD runs on Σ when that is cheaper (many steps), on
/// the data otherwise; both are weight-space iterations without eigenvectors.
/// </summary>
public sealed class AlphaSweepExperiment : Experiment
{
    public override string Name => "advani-saxe.linear.alpha-sweep";
    public override string Description => "E_g after k GD steps (or at the optimal k*) for a sweep of alpha at one N: the finite-N double-descent curve";
    public override string Reference => "000_234629a358ae8b88.txt 'Double Descent'; catalogue advani-saxe-and-double-descent.md §9, §10";
    public override string SizeName => "N";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        AlphaSweepParameters.Alphas, LinearModelParameters.Snr, LinearModelParameters.Inr, LinearModelParameters.Eta,
        AlphaSweepParameters.Steps, AlphaSweepParameters.Stop, AlphaSweepParameters.Reference,
        ParameterSpec.Flag("spectral", "also record E[E_g | X] of each data set from its eigenvalues (the spectral route, catalogue §2.3)", @default: false),
    ];

    public override string? Validate(Point point) => AlphaSweepParameters.Validate(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var snr = point.Real("snr");
        var inr = point.Real("inr");
        var eta = point.Real("eta");
        var alphas = AlphaSweepParameters.Values(point);
        var errors = new double[alphas.Count];
        var observation = new Observation();
        for (var i = 0; i < alphas.Count; i++)
        {
            var key = AlphaSweepParameters.Key(alphas[i]);
            var steps = point.Text("stop") == "optimal" ? (int)Math.Round(theory[$"kstar@a={key}"]) : point.Integer("steps");
            var p = (int)Math.Round(alphas[i] * n);
            var x = LinearData.Matrix(n, p, rng);
            errors[i] = Train(x, n, p, snr, inr, eta, steps, rng);
            if (point.Flag("spectral"))
                observation.Set($"eg-cond-n@a={key}", n * ConditionalError.Generalisation(DataSpectrum.Eigenvalues(x, n, p), snr, inr, eta, steps));
        }
        var reference = errors[alphas.ToList().IndexOf(point.Real("reference-alpha"))];
        for (var i = 0; i < alphas.Count; i++)
        {
            var key = AlphaSweepParameters.Key(alphas[i]);
            observation.Set($"eg@a={key}", errors[i]).Set($"eg-n@a={key}", n * errors[i]);
            if (alphas[i] != point.Real("reference-alpha")) observation.Set($"drop@a={key}", errors[i] - reference);
            if (i > 0) observation.Set($"step@a={key}", errors[i] - errors[i - 1]);
        }
        observation.SetCurve("eg-alpha", "alpha", alphas, errors);
        return observation;
    }

    /// <summary>E_g/σ_w² after <paramref name="steps"/> GD steps on the data set X (N x P) with a fresh teacher.</summary>
    private static double Train(double[] x, int n, int p, double snr, double inr, double eta, int steps, Rng rng)
    {
        var draw = TeacherDraw.Sample(n, p, snr, inr, rng);
        var y = draw.Noise.ToArray();
        LinearData.Labels(x, n, p, draw.Teacher, y);
        var w = draw.Initial.ToArray();
        // Σ costs N²P once and 2N² per step; the data route 4NP per step.
        Action<double[]> step;
        if ((double)n * n * p + 2.0 * steps * n * n < 4.0 * steps * n * p)
        {
            var gd = new SigmaGradientDescent(LinearData.Covariance(x, n, p), LinearData.Correlation(x, n, p, y), eta);
            step = v => gd.Step(v);
        }
        else
        {
            var gd = new DataGradientDescent(x, n, p, y, eta);
            step = v => gd.Step(v);
        }
        for (var k = 1; k <= steps; k++)
        {
            step(w);
            if (k % 50 == 0 || k == steps) Divergence.Check(LinearData.SquaredDistance(draw.Teacher, w) / n, k, eta, $"||w_bar - w||^2/N at alpha = {(double)p / n}");
        }
        return LinearData.SquaredDistance(draw.Teacher, w) / n + 1 / snr;
    }
}
