using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Finite-n projected GD of the decoupling set-up (<see cref="DecouplingSetup"/>), one training set per seed, size m (n = α m d).
/// Measures what the decoupling claims need: the plateau gap g(t_p) = e_ts − e_tr at t_p, the excess gap
/// Δg(T) = g(T) − g(t_p) (subtracting g(t_p) removes the O(n^{−1/2}) sampling offset of e_tr), the onset times
/// t_δ where Δg first reaches δ = 0.01, 0.02, 0.03 (linear interpolation between records; the horizon if never, with a
/// censoring flag), the second-layer RMS a_rms at t = min(m, T) and at T, and — when the theory is the population
/// flow — the largest deviations on [0, t_p] of e_ts and e_tr from the theory's e_pop(t) and of W from the flow's weights.
/// Records curves e_tr(t), e_ts(t), a_rms(t), v̄(t) (≤ 65 points) unless the run stops early.
/// </summary>
[Solver("montanari-urbani.two-layer-gd", "projected gradient descent of a two-layer network on n = alpha m d noisy single-index samples",
    Reference = "slides 'Setup', table 'Mean-Field initialization' and 'Third dynamical regime: t = Theta(m)'", Size = "m")]
[Output("e-tr-plateau", "e_tr(t_p): train error at the plateau time")]
[Output("e-ts-plateau", "e_ts(t_p): test error at the plateau time")]
[Output("gap-plateau", "g(t_p) = e_ts(t_p) - e_tr(t_p)")]
[Output("e-tr-end", "e_tr(T): train error at the horizon (or where the run stopped)")]
[Output("e-ts-end", "e_ts(T): test error at the horizon (or where the run stopped)")]
[Output("excess-gap-end", "excess gap g(T) - g(t_p)")]
[Output("train-drop", "e_tr(t_p) - e_tr(T)")]
[Output("a-rms-end", "a_rms(T) = ||a(T)||/sqrt(m)")]
[Output("a-rms-end-over-sqrt-m", "a_rms(T)/sqrt(m)")]
[Output("a-mean-end", "mean_i a_i(T)")]
[Output("v-mean-end", "mean_i <u, w_i(T)>")]
[Output("a-rms-at-m", "a_rms at t = min(m, T)")]
[Output("e-ts-min", "smallest recorded test error")]
[Output("t-e-ts-min-over-m", "time of the smallest test error, divided by m")]
[Output("e-ts-rise", "e_ts(T) - min_t e_ts(t): the late-time rise of the test error")]
[Output("v-mean-drop", "v(t at the test minimum) - v(T): feature unlearning")]
[Output("onset-*", "onset-XX: first time the excess gap reaches delta = XX/100 (interpolated; the horizon if never), -over-m: that time over m")]
[Output("censored-*", "censored-XX: 1 when the excess gap never reached delta = XX/100 before the horizon, else 0")]
[Output("ts-tr-deviation", "max over t <= t_p of |e_ts(t) - e_tr(t)|")]
[Output("ets-pop-plateau-deviation", "|e_ts(t_p) - e_pop(t_p)| (theory population-gd only)")]
[Output("etr-pop-plateau-deviation", "|e_tr(t_p) - e_pop(t_p)| (theory population-gd only)")]
[Output("ets-pop-deviation", "max over t <= t_p of |e_ts(t) - e_pop(t)| (theory population-gd only)")]
[Output("etr-pop-deviation", "max over t <= t_p of |e_tr(t) - e_pop(t)| (theory population-gd only)")]
[Output("weight-deviation", "max over t <= t_p of rms_i ||w_i(t) - w_i^pop(t)|| (theory population-gd only; 0 when the weights are not kept)")]
[Output("train-error-t", "e_tr(t), at most 65 points (not when the run stops early)", Kind = OutputKind.Curve)]
[Output("test-error-t", "e_ts(t), at most 65 points (not when the run stops early)", Kind = OutputKind.Curve)]
[Output("a-rms-t", "a_rms(t), at most 65 points (not when the run stops early)", Kind = OutputKind.Curve)]
[Output("v-mean-t", "mean_i <u, w_i(t)>, at most 65 points (not when the run stops early)", Kind = OutputKind.Curve)]
[ReadsTheory(Optional = new[] { "e-pop-plateau", "e-pop-t" })]
public sealed class TwoLayerGdExperiment : Experiment<DecouplingParameters>
{
    private static readonly double[] Deltas = [0.01, 0.02, 0.03];

    protected override string? Validate(Point point, DecouplingParameters parameters) => parameters.Setup(point.Size).Problem();

    /// <summary>
    /// The training set (n = αmd samples) drawn; horizon/η projected GD steps, each a forward and a backward pass (4·n·m·d,
    /// 2nm activations); a population test error per record (m² kernel evaluations); with the population curve also its
    /// flow (cached per configuration, counted here: m² kernel pairs per step, two special functions each).
    /// </summary>
    protected override ExperimentCost EstimateCost(Point point, DecouplingParameters parameters)
    {
        var s = parameters.Setup(point.Size);
        double n = s.N, m = s.M, d = s.D, steps = s.Horizon / s.Eta, records = Math.Max(1, s.Horizon / s.RecordEvery);
        return new ExperimentCost(Doubles(n * d + 3 * n * m + 3 * m * d + 2 * records * m * d),
            Draws(n * (d + 1)) + steps * (4 * n * m * d + Functions(2 * n * m) + 4 * m * d) + records * m * m * Functions(10)
            + steps * (m * m * (Functions(2) + 2 * d) + 6 * m * d));
    }

    protected override Observation Run(Point point, DecouplingParameters parameters, TheoryValues theory, Rng rng)
    {
        var s = parameters.Setup(point.Size);
        var t = DecouplingRun.RunFinite(s, rng);
        var o = new Observation();
        var p = s.PlateauRecord;
        var end = t.Count - 1;
        var gapPlateau = t.TestError[p] - t.TrainError[p];
        o.Set("e-tr-plateau", t.TrainError[p]).Set("e-ts-plateau", t.TestError[p]).Set("gap-plateau", gapPlateau);
        o.Set("e-tr-end", t.TrainError[end]).Set("e-ts-end", t.TestError[end]);
        o.Set("excess-gap-end", t.TestError[end] - t.TrainError[end] - gapPlateau);
        o.Set("train-drop", t.TrainError[p] - t.TrainError[end]);
        o.Set("a-rms-end", t.SecondLayerRms[end]).Set("a-rms-end-over-sqrt-m", t.SecondLayerRms[end] / Math.Sqrt(s.M)).Set("a-mean-end", t.SecondLayerMean[end]).Set("v-mean-end", t.TeacherOverlap[end]);
        var atM = Math.Min((int)Math.Round(Math.Min(s.M, s.Horizon) / s.RecordEvery), end);
        o.Set("a-rms-at-m", t.SecondLayerRms[atM]);
        var best = 0;
        for (var r = 1; r <= end; r++) if (t.TestError[r] < t.TestError[best]) best = r;
        o.Set("e-ts-min", t.TestError[best]).Set("t-e-ts-min-over-m", t.Times[best] / s.M);
        o.Set("e-ts-rise", t.TestError[end] - t.TestError[best]);
        o.Set("v-mean-drop", t.TeacherOverlap[best] - t.TeacherOverlap[end]);
        foreach (var delta in Deltas)
        {
            var (time, censored) = Onset(t, p, gapPlateau, delta, s.Horizon);
            var tag = ((int)Math.Round(delta * 100)).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            o.Set("onset-" + tag, time).Set("onset-" + tag + "-over-m", time / s.M).Set("censored-" + tag, censored ? 1 : 0);
        }
        double gapMax = 0;
        for (var r = 0; r <= Math.Min(p, end); r++) gapMax = Math.Max(gapMax, Math.Abs(t.TestError[r] - t.TrainError[r]));
        o.Set("ts-tr-deviation", gapMax);
        if (theory.Scalars.TryGetValue("e-pop-plateau", out var popPlateau))
        {
            o.Set("ets-pop-plateau-deviation", Math.Abs(t.TestError[p] - popPlateau));
            o.Set("etr-pop-plateau-deviation", Math.Abs(t.TrainError[p] - popPlateau));
        }
        if (theory.Curves.TryGetValue("e-pop-t", out var pop)) TrackPopulation(o, s, t, pop);
        if (s.StopAtExcessGap == 0)
        {
            var keep = s.CurveIndices(t.Count);
            var times = Trajectory.Pick(t.Times, keep);
            o.SetCurve("train-error-t", "t", times, Trajectory.Pick(t.TrainError, keep));
            o.SetCurve("test-error-t", "t", times, Trajectory.Pick(t.TestError, keep));
            o.SetCurve("a-rms-t", "t", times, Trajectory.Pick(t.SecondLayerRms, keep));
            o.SetCurve("v-mean-t", "t", times, Trajectory.Pick(t.TeacherOverlap, keep));
        }
        return o;
    }

    /// <summary>Largest |e_ts − e_pop|, |e_tr − e_pop| on the theory's grid up to t_p, and rms_i ‖w_i − w_i^pop‖.</summary>
    private static void TrackPopulation(Observation o, DecouplingSetup s, Trajectory t, Curve pop)
    {
        double ets = 0, etr = 0, weights = 0;
        var popTrajectory = DecouplingRun.PopulationTrajectory(s);
        for (var c = 0; c < pop.X.Count; c++)
        {
            var r = (int)Math.Round(pop.X[c] / s.RecordEvery);
            if (r > s.PlateauRecord || r >= t.Count) break;
            ets = Math.Max(ets, Math.Abs(t.TestError[r] - pop.Y[c]));
            etr = Math.Max(etr, Math.Abs(t.TrainError[r] - pop.Y[c]));
        }
        if (popTrajectory.Weights is { } wp && t.Weights is { } wf)
            for (var r = 0; r <= Math.Min(s.PlateauRecord, t.Count - 1); r++)
            {
                double sum = 0;
                for (var k = 0; k < wf[r].Length; k++) sum += (wf[r][k] - wp[r][k]) * (wf[r][k] - wp[r][k]);
                weights = Math.Max(weights, Math.Sqrt(sum / s.M));
            }
        o.Set("ets-pop-deviation", ets).Set("etr-pop-deviation", etr).Set("weight-deviation", weights);
    }

    /// <summary>First t ≥ t_p where Δg(t) ≥ δ, linearly interpolated between records; the horizon if never.</summary>
    private static (double Time, bool Censored) Onset(Trajectory t, int plateau, double gapPlateau, double delta, double horizon)
    {
        var previous = 0.0;
        for (var r = plateau; r < t.Count; r++)
        {
            var excess = t.TestError[r] - t.TrainError[r] - gapPlateau;
            if (excess >= delta)
            {
                if (r == plateau) return (t.Times[r], false);
                var frac = (delta - previous) / (excess - previous);
                return (t.Times[r - 1] + frac * (t.Times[r] - t.Times[r - 1]), false);
            }
            previous = excess;
        }
        return (horizon, true);
    }
}
