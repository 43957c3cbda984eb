using TheoryCheck.Numerics.Activations;
using System.Globalization;
using TheoryCheck.Numerics.Ode;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Options of <see cref="Goldt2020Simulation"/> (the <c>dotnet theorycheck simulate</c> command).</summary>
public sealed record Goldt2020SimulationOptions
{
    /// <summary>ode: integrate eq (9) (RK4); sgd: online SGD on actual weights.</summary>
    public string Mode { get; init; } = "ode";
    public string Activation { get; init; } = "erf";
    /// <summary>Input dimension (SGD only).</summary>
    public int N { get; init; } = 500;
    public int M { get; init; } = 2;
    public int K { get; init; } = 2;
    public double Eta { get; init; } = 0.5;
    public double Sigma { get; init; }
    /// <summary>Train the second layer too (η_v = η).</summary>
    public bool BothLayers { get; init; }
    /// <summary>Normalised SCM: v = 1/K, v* = 1/M (frozen second layers only).</summary>
    public bool Normalised { get; init; }
    /// <summary>Initial condition: "canonical" (the asymmetric state of <see cref="CanonicalInitial"/>, K = 3, M = 2), "explicit" (Q0, R0, v0) or "random" (SGD-style: w, w* i.i.d. N(0, init-std²) drawn at dimension N, state measured).</summary>
    public string Init { get; init; } = "random";
    public double InitStd { get; init; } = 1;
    public double[]? Q0 { get; init; }
    public double[]? R0 { get; init; }
    public double[]? V0 { get; init; }
    public double Horizon { get; init; } = 10;
    /// <summary>Output every this much α.</summary>
    public double Every { get; init; } = 1;
    /// <summary>ODE step (euler, rk4; the first trial step of adaptive).</summary>
    public double Dt { get; init; } = 0.01;
    /// <summary>ODE integrator: rk4 (fixed step, error O(dt⁴)), euler (fixed step, O(dt), nn2pp's) or adaptive (Dormand–Prince 5(4)).</summary>
    public string Integrator { get; init; } = "rk4";
    /// <summary>Relative tolerance of the adaptive integrator (absolute tolerance: 1e-3 of it).</summary>
    public double Tolerance { get; init; } = 1e-8;
    public ulong Seed { get; init; } = 1;
    /// <summary>csv or json.</summary>
    public string Format { get; init; } = "csv";
}

/// <summary>A simulation left the finite range: where (alpha = steps/N) and how. Nothing is written for it.</summary>
public sealed class SimulationDivergedException(double alpha, string detail)
    : Exception($"diverged at alpha = {alpha.ToString("G6", CultureInfo.InvariantCulture)}: {detail}")
{
    public double Alpha { get; } = alpha;
}

/// <summary>
/// Library service behind the <c>simulate</c> command: runs the order-parameter ODE (Goldt et al. eq (9)) or online SGD (eq (2)-(3)) for one problem and writes α, eps_g and the order parameters (Q_ik for i ≤ k,
/// R_in, v_i) at a fixed cadence as CSV or JSON lines. Random numbers come only from an <see cref="Rng"/> seeded by
/// <see cref="Goldt2020SimulationOptions.Seed"/>.
/// </summary>
public static class Goldt2020Simulation
{
    /// <summary>Checks the options; returns null or a sentence saying what is wrong.</summary>
    public static string? Validate(Goldt2020SimulationOptions o)
    {
        if (o.Mode is not ("ode" or "sgd")) return $"mode must be ode or sgd, not '{o.Mode}'";
        if (o.Activation is not ("erf" or "linear" or "relu")) return $"activation must be erf, linear or relu, not '{o.Activation}'";
        if (o.Mode == "ode" && o.Activation == "relu") return "there is no ReLU ODE (the Gaussian average I4 of Goldt et al. eq (9) has no closed form for ReLU); use mode sgd";
        if (o.K < 1 || o.M < 1) return "K and M must be at least 1";
        if (!(o.Eta > 0)) return "eta must be > 0";
        if (!(o.Sigma >= 0)) return "sigma must be ≥ 0";
        if (o.BothLayers && o.Normalised) return "normalised applies to frozen second layers only";
        if (!(o.Horizon > 0) || !(o.Every > 0) || !(o.Dt > 0)) return "horizon, every and dt must be > 0";
        if (o.Mode == "sgd" && o.N < o.K + o.M) return "N must be at least K + M";
        if (o.Format is not ("csv" or "json")) return "format must be csv or json";
        if (o.Integrator is not ("rk4" or "euler" or "adaptive")) return $"integrator must be euler, rk4 or adaptive, not '{o.Integrator}'";
        if (!(o.Tolerance is >= 1e-14 and <= 0.1)) return $"tolerance must be in [1e-14, 0.1], got {o.Tolerance}";
        if (o.Init is not ("canonical" or "explicit" or "random")) return "init must be canonical, explicit or random";
        if (o.Init == "canonical" && (o.K != 3 || o.M != 2)) return "the canonical initial condition needs K = 3, M = 2";
        if (o.Init == "explicit" && (o.Q0?.Length != o.K * o.K || o.R0?.Length != o.K * o.M || (o.BothLayers && o.V0?.Length != o.K)))
            return "explicit init needs Q0 (K×K), R0 (K×M) and, for both layers, v0 (K)";
        return null;
    }

    /// <summary>Runs the simulation and writes the records; throws <see cref="ArgumentException"/> for bad options and <see cref="SimulationDivergedException"/> when the ODE or SGD diverges.</summary>
    public static void Run(Goldt2020SimulationOptions o, TextWriter output)
    {
        var problem = Validate(o);
        if (problem is not null) throw new ArgumentException(problem);
        var g = Activations.Parse(o.Activation);
        var vStar = o.Normalised ? 1.0 / o.M : 1.0;
        var setup = ScmSetup.Standard(g, o.K, o.M, o.Eta, o.Sigma, o.BothLayers, vStar);
        var frozen = Enumerable.Repeat(o.Normalised ? 1.0 / o.K : 1.0, o.K).ToArray();
        var rng = new Rng(o.Seed);
        double[] q, r, v;
        OnlineSgd? sgd = null;
        switch (o.Init)
        {
            case "canonical":
                (q, r, v) = (CanonicalInitial.Q0, CanonicalInitial.R0, o.BothLayers ? CanonicalInitial.V0 : frozen);
                break;
            case "explicit":
                (q, r, v) = (o.Q0!, o.R0!, o.BothLayers ? o.V0! : frozen);
                break;
            default:
            {
                var n = o.N;
                var wStar = new double[o.M * n];
                var w = new double[o.K * n];
                Ziggurat.Fill(rng, wStar);
                Ziggurat.Fill(rng, w);
                for (var i = 0; i < w.Length; i++) w[i] *= o.InitStd;
                v = o.BothLayers ? Enumerable.Range(0, o.K).Select(_ => o.InitStd * Ziggurat.Next(rng)).ToArray() : frozen;
                sgd = new OnlineSgd(setup, n, wStar, w, v.ToArray());
                var tt = new double[o.M * o.M];
                q = new double[o.K * o.K];
                r = new double[o.K * o.M];
                sgd.OrderParameters(q, r, tt);
                setup = setup with { T = tt };
                sgd = new OnlineSgd(setup, n, wStar, w, v.ToArray());
                break;
            }
        }
        if (o.Init != "random" && WeightConstruction.Cholesky(WeightConstruction.Gram(o.K, o.M, q, r, setup.T), o.K + o.M) is null)
            throw new ArgumentException("the initial order parameters are not positive definite");
        var writer = new RecordWriter(output, setup, o.Format);
        var count = (int)Math.Floor(o.Horizon / o.Every + 1e-9);
        var m = setup.Pack(q, r, v);
        if (o.Mode == "ode")
        {
            var ode = new OrderParameterOde(setup, frozen);
            var integrate = Integrator(o, m.Length);
            writer.Write(0, ode.Eg(m), m);
            for (var j = 1; j <= count; j++)
            {
                try
                {
                    integrate(ode.Rhs, m, (j - 1) * o.Every, j * o.Every);
                }
                catch (OdeDivergenceException e)
                {
                    throw new SimulationDivergedException(e.Time, $"order-parameter ODE: {e.Message} (eta = {o.Eta} is past the stability limit, or dt = {o.Dt} too large)");
                }
                writer.Write(j * o.Every, ode.Eg(m), m);
            }
        }
        else
        {
            sgd ??= OnlineSgd.FromOrderParameters(setup, o.N, q, r, v, rng);
            var stepsPer = (long)Math.Round(o.Every * o.N);
            for (var j = 0; j <= count; j++)
            {
                if (j > 0) sgd.Run(stepsPer, rng);
                sgd.State(m);
                var eg = sgd.Eg();
                var alpha = (double)sgd.Steps / o.N;
                // A learning rate past the stability limit blows the weights up: report where, never write NaN.
                if (!double.IsFinite(eg) || eg > 1e8)
                    throw new SimulationDivergedException(alpha, $"online SGD: eps_g = {eg:G4} (eta = {o.Eta} is past the stability limit)");
                writer.Write(alpha, eg, m);
            }
        }
        writer.Finish();
    }

    private delegate void Integrate(OdeRhs f, Span<double> y, double t0, double t1);

    /// <summary>The chosen ODE integrator, from one output time to the next.</summary>
    private static Integrate Integrator(Goldt2020SimulationOptions o, int dimension)
    {
        switch (o.Integrator)
        {
            case "euler":
            {
                var euler = new ExplicitEuler(dimension);
                return (f, y, t0, t1) => euler.Integrate(f, y, t0, t1, o.Dt);
            }
            case "adaptive":
            {
                var dp = new DormandPrince45(dimension) { RelativeTolerance = o.Tolerance, AbsoluteTolerance = 1e-3 * o.Tolerance };
                return (f, y, t0, t1) => dp.Integrate(f, y, t0, t1, o.Dt);
            }
            default:
            {
                var rk = new RungeKutta4(dimension);
                return (f, y, t0, t1) => rk.Integrate(f, y, t0, t1, o.Dt);
            }
        }
    }

    private sealed class RecordWriter
    {
        private readonly TextWriter _out;
        private readonly string[] _names;
        private readonly bool _json;
        private bool _first = true;

        public RecordWriter(TextWriter output, ScmSetup s, string format)
        {
            _out = output;
            _json = format == "json";
            var names = new List<string>();
            for (var i = 0; i < s.K; i++) for (var k = i; k < s.K; k++) names.Add($"Q{i}{k}".Length > 3 ? $"Q{i}_{k}" : $"Q{i}{k}");
            for (var i = 0; i < s.K; i++) for (var n = 0; n < s.M; n++) names.Add($"Q{i}{n}".Length > 3 ? $"R{i}_{n}" : $"R{i}{n}");
            if (s.BothLayers) for (var i = 0; i < s.K; i++) names.Add($"v{i}");
            _names = names.ToArray();
            if (_json) _out.WriteLine("[");
            else _out.WriteLine("alpha,eg," + string.Join(",", _names));
        }

        public void Write(double alpha, double eg, ReadOnlySpan<double> m)
        {
            static string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);
            if (_json)
            {
                var fields = new List<string> { $"\"alpha\":{F(alpha)}", $"\"eg\":{F(eg)}" };
                for (var c = 0; c < _names.Length; c++) fields.Add($"\"{_names[c]}\":{F(m[c])}");
                _out.Write((_first ? "" : ",\n") + "{" + string.Join(",", fields) + "}");
            }
            else
            {
                _out.Write(F(alpha));
                _out.Write(',');
                _out.Write(F(eg));
                for (var c = 0; c < _names.Length; c++) { _out.Write(','); _out.Write(F(m[c])); }
                _out.WriteLine();
            }
            _first = false;
        }

        public void Finish()
        {
            if (_json) _out.WriteLine("\n]");
            _out.Flush();
        }
    }
}
