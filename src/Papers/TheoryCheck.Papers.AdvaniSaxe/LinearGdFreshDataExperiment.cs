using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Optimisation;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Gradient descent with a fresh data set per seed (Advani–Saxe eq (6) and 'Interpreting (5)'): every seed draws a fresh data set X as well as teacher, noise and initialisation,
/// and runs gradient descent from the data, w ← w + η(y − wX)Xᵀ (no Σ, no eigenvectors). Records E_g at the requested
/// steps (and N·E_g), the E_g(t) curve, the smallest E_g − σ_ε² over all steps; and, by the spectral route (the
/// eigenvalues of this X in the conditional formula of eq (5)), E[E_g | X] (and N times it) and the standardised
/// deviation √N·(E_g − E[E_g | X]) whose spread over seeds is the self-averaging constant.
/// </summary>
[Solver("advani-saxe.linear.gd-fresh-data", "weight-space GD from the data with a fresh X per seed; E_g per step, conditional E_g of that X by the spectral route",
    Reference = "eq (6), 'Interpreting (5)'")]
[Output("eg@k=*", "E_g/σ_w² after k steps")]
[Output("eg-n@k=*", "N times eg@k")]
[Output("eg-cond-n@k=*", "N·E[E_g | X] of this seed's X, from its eigenvalues (eq (5))")]
[Output("deviation@k=*", "√N·(E_g − E[E_g | X]); its spread over seeds is the self-averaging constant")]
[Output("excess-min", "smallest E_g − σ_ε² over every step (E_g formed first)")]
[Output("eg-t", "E_g against t = ηk every curve-every steps", Kind = OutputKind.Curve)]
public sealed class LinearGdFreshDataExperiment : Experiment<LinearGdCurveParameters>
{
    protected override string? Validate(Point point, LinearGdCurveParameters parameters) => parameters.Validate(point.Size);
    /// <summary>X (N×P) drawn; 4NP per data-route GD step up to the largest recorded step; eigenvalues of the smaller Gram for the spectral route.</summary>
    protected override ExperimentCost EstimateCost(Point point, LinearGdCurveParameters parameters)
    {
        double n = point.Size, p = Math.Max(1, LinearModel.SampleCount(parameters.Alpha, point.Size)), m = Math.Min(n, p), steps = parameters.RecordSteps.DefaultIfEmpty(0).Max();
        return new ExperimentCost(Doubles(n * p + m * m),
            Draws(n * p + 2 * n + p) + (steps + 1) * 4 * n * p + Product(n, p, m) + Eigenvalues(m));
    }


    protected override Observation Run(Point point, LinearGdCurveParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var p = LinearModel.SampleCount(parameters.Alpha, n);
        var snr = parameters.Snr;
        var inr = parameters.Inr;
        var eta = parameters.Eta;
        var record = LinearModel.Steps(parameters.RecordSteps);
        var grid = LinearModel.CurveSteps(parameters.RecordSteps, parameters.CurveEvery);
        var every = parameters.CurveEvery;
        var x = LinearData.Matrix(n, p, rng);
        var draw = TeacherDraw.Sample(n, p, snr, inr, rng);
        var y = draw.Noise.ToArray();
        LinearData.Labels(x, n, p, draw.Teacher, y);

        var observation = new Observation();
        var gd = new DataGradientDescent(x, n, p, y, eta);
        var w = draw.Initial.ToArray();
        var curve = new List<double>();
        var measured = new Dictionary<int, double>();
        var excessMin = double.PositiveInfinity;
        var steps = record.Max();
        for (var k = 0; ; k++)
        {
            var excess = LinearData.SquaredDistance(draw.Teacher, w) / n;
            Divergence.Check(excess, k, eta, "||w_bar - w||^2/N");
            excessMin = Math.Min(excessMin, excess + 1 / snr - 1 / snr);
            if (record.Contains(k)) measured[k] = excess + 1 / snr;
            if (k % every == 0) curve.Add(excess + 1 / snr);
            if (k == steps) break;
            gd.Step(w);
        }
        var lambdas = DataSpectrum.Eigenvalues(x, n, p);
        foreach (var k in record)
        {
            var conditional = ConditionalError.Generalisation(lambdas, snr, inr, eta, k);
            observation.Set($"eg@k={k}", measured[k])
                .Set($"eg-n@k={k}", n * measured[k])
                .Set($"eg-cond-n@k={k}", n * conditional)
                .Set($"deviation@k={k}", Math.Sqrt(n) * (measured[k] - conditional));
        }
        observation.Set("excess-min", excessMin);
        observation.SetCurve("eg-t", "t", grid.Select(k => k * eta).ToArray(), curve);
        return observation;
    }
}
