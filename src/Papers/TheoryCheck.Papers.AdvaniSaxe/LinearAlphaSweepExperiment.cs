using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Optimisation;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The finite-N double-descent curve (Advani–Saxe, section 'Double Descent', and optimal early stopping): at one N, for each α of the sweep, a fresh X
/// (N x αN), teacher, noise and initialisation; gradient descent for a fixed number of steps, or for the theory's
/// optimal k*(α) (early stopping). Records E_g per α (and N·E_g), E_g minus the reference α's (the peak),
/// and the curve E_g against α (whose trend a spec judges with a `monotone` check). GD runs on Σ when that is cheaper (many steps), on
/// the data otherwise; both are weight-space iterations without eigenvectors.
/// </summary>
[Solver("advani-saxe.linear.alpha-sweep", "E_g after k GD steps (or at the optimal k*) for a sweep of alpha at one N: the finite-N double-descent curve",
    Reference = "section 'Double Descent', eq (6)")]
[Output("eg@a=*", "E_g/σ_w² at each alpha of the sweep")]
[Output("eg-n@a=*", "N times eg@a")]
[Output("drop@a=*", "E_g(alpha) − E_g(reference-alpha), for every alpha but the reference")]
[Output("eg-cond-n@a=*", "N·E[E_g | X] of each data set from its eigenvalues (when spectral)")]
[Output("eg-alpha", "E_g against alpha", Kind = OutputKind.Curve)]
[ReadsTheory(Optional = new[] { "kstar@a=*" })]
public sealed class LinearAlphaSweepExperiment : Experiment<LinearAlphaSweepParameters>
{
    protected override string? Validate(Point point, LinearAlphaSweepParameters parameters) => parameters.Validate(point.Size);
    /// <summary>Per α: X (N×αN) drawn, then the cheaper of Σ (N²P + 2N² per step) and the data route (4NP per step) for the steps (the fixed steps; for the optimal stop the theory's k* is not known here, taken as 10⁴); the spectral route adds eigenvalues of the smaller Gram.</summary>
    protected override ExperimentCost EstimateCost(Point point, LinearAlphaSweepParameters parameters)
    {
        double n = point.Size, ops = 0, memory = 0, steps = parameters.Stop == "optimal" ? 1e5 : parameters.Steps;
        foreach (var alpha in parameters.Alphas)
        {
            var p = Math.Max(1, Math.Round(alpha * n));
            ops += Draws(n * p + n + p) + Math.Min(Product(n, p, n) + Product(n, n, 1) * steps, Product(2 * n, p, 1) * 2 * steps);
            if (parameters.Spectral) ops += Product(n, p, Math.Min(n, p)) + Eigenvalues(Math.Min(n, p));
            memory = Math.Max(memory, Doubles(n * p + 2 * n * n));
        }
        return new ExperimentCost(memory, ops);
    }


    protected override Observation Run(Point point, LinearAlphaSweepParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var snr = parameters.Snr;
        var inr = parameters.Inr;
        var eta = parameters.Eta;
        var alphas = parameters.Alphas;
        var errors = new double[alphas.Count];
        var observation = new Observation();
        for (var i = 0; i < alphas.Count; i++)
        {
            var key = AlphaSweep.Key(alphas[i]);
            var steps = parameters.Stop == "optimal" ? (int)Math.Round(theory[$"kstar@a={key}"]) : parameters.Steps;
            var p = (int)Math.Round(alphas[i] * n);
            var x = LinearData.Matrix(n, p, rng);
            errors[i] = Train(x, n, p, snr, inr, eta, steps, rng);
            if (parameters.Spectral)
                observation.Set($"eg-cond-n@a={key}", n * ConditionalError.Generalisation(DataSpectrum.Eigenvalues(x, n, p), snr, inr, eta, steps));
        }
        var reference = errors[alphas.ToList().IndexOf(parameters.ReferenceAlpha)];
        for (var i = 0; i < alphas.Count; i++)
        {
            var key = AlphaSweep.Key(alphas[i]);
            observation.Set($"eg@a={key}", errors[i]).Set($"eg-n@a={key}", n * errors[i]);
            if (alphas[i] != parameters.ReferenceAlpha) observation.Set($"drop@a={key}", errors[i] - reference);
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
