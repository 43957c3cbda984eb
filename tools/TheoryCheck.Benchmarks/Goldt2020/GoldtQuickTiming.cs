using TheoryCheck.Numerics.Activations;
using System.Diagnostics;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Goldt2020;

namespace TheoryCheck.Benchmarks.Goldt2020;

/// <summary>
/// Stopwatch rates (steps/s) of the Goldt2020 workloads of issue 3, ours and the reference-style baseline in the same
/// process, best of 5 repeats; also checks that the baseline ODE step computes the same numbers as ours (so the ratio
/// compares equal work). <c>dotnet run -c Release --project tools/TheoryCheck.Benchmarks -- --goldt-quick</c>.
/// The BenchmarkDotNet classes beside this file are the thorough version.
/// </summary>
public static class GoldtQuickTiming
{
    public const string Flag = "--goldt-quick";

    public static int Run()
    {
        Console.WriteLine("workload\tours_steps_per_s\treference_style_steps_per_s\tratio");
        foreach (var (n, k) in new[] { (784, 5), (500, 4) })
        {
            var s = ScmSetup.Standard(Activation.Erf, k, 2, 0.05, 0.01);
            var q = new double[k * k];
            for (var i = 0; i < k; i++) q[i * k + i] = 1;
            var rng = new Rng(1);
            var sgd = OnlineSgd.FromOrderParameters(s, n, q, new double[k * 2], Enumerable.Repeat(1.0, k).ToArray(), rng);
            var ours = Rate(20_000, steps => sgd.Run(steps, rng));
            var w = new double[k * n];
            var wStar = new double[2 * n];
            rng.FillGaussian(w, 1);
            rng.FillGaussian(wStar, 1);
            var reference = Rate(5_000, steps => { for (var i = 0; i < steps; i++) ReferenceStyle.SgdStep(w, wStar, k, 2, n, 0.05, 0.01, rng); });
            Console.WriteLine($"sgd erf N={n} M=2 K={k}\t{ours:F0}\t{reference:F0}\t{ours / reference:F2}");
        }
        foreach (var k in new[] { 5, 4 })
        {
            var s = ScmSetup.Standard(Activation.Erf, k, 2, 0.5, 0.01);
            var ode = new OrderParameterOde(s, Enumerable.Repeat(1.0, k).ToArray());
            var (q, r) = ReferenceStyle.OdeStartState(k);
            var m = s.Pack(q, r, default);
            var dm = new double[m.Length];
            var ours = Rate(20_000, steps =>
            {
                for (var i = 0; i < steps; i++)
                {
                    ode.Evaluate(m, dm);
                    for (var j = 0; j < m.Length; j++) m[j] += 0.01 * dm[j];
                }
            });
            var (rq, rr) = ReferenceStyle.OdeStartState(k);
            double[] t = [1, 0, 0, 1];
            var reference = Rate(2_000, steps => { for (var i = 0; i < steps; i++) ReferenceStyle.OdeEulerStep(rq, rr, t, k, 2, 0.5, 0.01, 0.01); });
            Console.WriteLine($"ode-euler erf M=2 K={k} dt=0.01\t{ours:F0}\t{reference:F0}\t{ours / reference:F2}");

            // Same work: 100 Euler steps from the same state agree to rounding.
            var (q1, r1) = ReferenceStyle.OdeStartState(k);
            var m1 = s.Pack(q1, r1, default);
            var (q2, r2) = ReferenceStyle.OdeStartState(k);
            for (var i = 0; i < 100; i++)
            {
                ode.Evaluate(m1, dm);
                for (var j = 0; j < m1.Length; j++) m1[j] += 0.01 * dm[j];
                ReferenceStyle.OdeEulerStep(q2, r2, t, k, 2, 0.5, 0.01, 0.01);
            }
            var diff = 0.0;
            for (var i = 0; i < k; i++)
            {
                for (var l = i; l < k; l++) diff = Math.Max(diff, Math.Abs(m1[s.QIndex(i, l)] - q2[i * k + l]));
                for (var b = 0; b < 2; b++) diff = Math.Max(diff, Math.Abs(m1[s.RIndex(i, b)] - r2[i * 2 + b]));
            }
            Console.WriteLine($"# K={k}: max |ours - reference-style| after 100 Euler steps = {diff:E1}");
        }
        return 0;
    }

    /// <summary>Steps per second, best of 5 repeats after one warm-up.</summary>
    private static double Rate(int steps, Action<int> run)
    {
        run(steps / 10);
        var best = double.MaxValue;
        for (var rep = 0; rep < 5; rep++)
        {
            var sw = Stopwatch.StartNew();
            run(steps);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return steps / best;
    }
}
