using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Finite-n projected GD of configuration D (catalogue §1.4), one training set per seed, size m (n = α m d).
/// Measures what the decoupling claims need: the plateau gap g(t_p) = e_ts − e_tr at t_p, the excess gap
/// Δg(T) = g(T) − g(t_p) (subtracting g(t_p) removes the O(n^{−1/2}) sampling offset of e_tr), the onset times
/// t_δ where Δg first reaches δ = 0.01, 0.02, 0.03 (linear interpolation between records; the horizon if never, with a
/// censoring flag), the second-layer RMS a_rms at t = min(m, T) and at T, and — when the theory is the population
/// flow — the largest deviations on [0, t_p] of e_ts and e_tr from the theory's e_pop(t) and of W from the flow's weights.
/// Records curves e_tr(t), e_ts(t), a_rms(t), v̄(t) (≤ 65 points) unless the run stops early.
/// </summary>
public sealed class TwoLayerGdExperiment : Experiment
{
    private static readonly double[] Deltas = [0.01, 0.02, 0.03];

    public override string Name => "montanari-urbani.two-layer-gd";
    public override string Description => "projected gradient descent of a two-layer network on n = alpha m d noisy single-index samples (configuration D)";
    public override string Reference => "001_e40e1057a80c746a.txt 'Setup', table 'Mean-Field initialization', 'Third dynamical regime'; catalogue montanari-urbani-and-ensembles.md §1.4";
    public override string SizeName => "m";
    public override IReadOnlyList<ParameterSpec> Parameters => DecouplingParameters.All;

    public override string? Validate(Point point) => DecouplingParameters.Setup(point).Problem();

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var s = DecouplingParameters.Setup(point);
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
            var keep = DecouplingParameters.CurveIndices(s, t.Count);
            var times = DecouplingParameters.Pick(t.Times, keep);
            o.SetCurve("train-error-t", "t", times, DecouplingParameters.Pick(t.TrainError, keep));
            o.SetCurve("test-error-t", "t", times, DecouplingParameters.Pick(t.TestError, keep));
            o.SetCurve("a-rms-t", "t", times, DecouplingParameters.Pick(t.SecondLayerRms, keep));
            o.SetCurve("v-mean-t", "t", times, DecouplingParameters.Pick(t.TeacherOverlap, keep));
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
