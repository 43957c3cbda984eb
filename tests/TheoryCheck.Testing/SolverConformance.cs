using System.Globalization;
using System.Reflection;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Tests;

/// <summary>
/// The contract every registered solver keeps, checked the same way for a built-in module and for a user's plug-in (in
/// the spirit of scikit-learn's <c>parametrize_with_checks</c>). A test project derives a class from
/// <see cref="SolverConformanceTests"/> and declares <c>[assembly: ClaimsFolder("…")]</c>: every theory and experiment its
/// specs use is checked at the smallest quick-tier point of the first spec that uses it (the cheapest admissible point
/// someone actually runs).
/// </summary>
public abstract class SolverConformanceTests
{
    /// <summary>
    /// One solver of the module at one point (the smallest quick-tier point of a spec that uses it), with the theory's
    /// prediction there. <see cref="Others"/> are the same solver at the first point of every other spec and series that
    /// uses it: outputs and parameters that only matter in some configurations are judged over all of them. For a theory,
    /// <see cref="Theory"/> must be its own evaluation at <see cref="Point"/>: the checks read it as the theory's result
    /// there (the repeatability checks compare fresh evaluations with it) rather than evaluating again.
    /// </summary>
    public sealed record Case(Solver Solver, Point Point, string SpecId, TheoryValues Theory)
    {
        /// <summary>The same solver at the other spec points that use it.</summary>
        public IReadOnlyList<Case> Others { get; init; } = [];

        /// <summary>This case and <see cref="Others"/>.</summary>
        public IEnumerable<Case> Sites => Others.Prepend(this);

        /// <inheritdoc />
        public override string ToString() => $"{(Solver is Theory ? "theory" : "experiment")} {Solver.Name} @ {SpecId}";
    }

    private static readonly Lazy<IReadOnlyDictionary<string, Case>> AllCases = new(BuildCases);

    /// <summary>The solvers of the module's specs, by "theory name" / "experiment name", for [MemberData].</summary>
    public static TheoryData<string> Solvers()
    {
        var data = new TheoryData<string>();
        foreach (var key in AllCases.Value.Keys) data.Add(key);
        return data;
    }

    /// <summary>The theories only.</summary>
    public static TheoryData<string> Theories()
    {
        var data = new TheoryData<string>();
        foreach (var key in AllCases.Value.Keys.Where(k => k.StartsWith("theory ", StringComparison.Ordinal))) data.Add(key);
        return data;
    }

    /// <summary>The experiments only.</summary>
    public static TheoryData<string> Experiments()
    {
        var data = new TheoryData<string>();
        foreach (var key in AllCases.Value.Keys.Where(k => k.StartsWith("experiment ", StringComparison.Ordinal))) data.Add(key);
        return data;
    }

    private static IReadOnlyDictionary<string, Case> BuildCases()
    {
        var sites = new SortedDictionary<string, List<Case>>(StringComparer.Ordinal);
        void Add(string key, Case c)
        {
            if (!sites.TryGetValue(key, out var list)) sites[key] = list = [];
            if (!list.Any(x => x.Point.Key == c.Point.Key && x.Theory == c.Theory)) list.Add(c);
        }
        var specTheories = new Dictionary<string, Theory>(StringComparer.Ordinal);
        foreach (var spec in ClaimsFolderAttribute.QuickSpecs())
        {
            specTheories[spec.Id] = spec.Theory;
            var ladder = spec.Ladders[Tier.Quick];
            foreach (var series in spec.Series)
            {
                var point = new Point(ladder.SizeName, ladder.Sizes.Min(), series);
                var theory = spec.Theory.Evaluate(point);
                Add("theory " + spec.Theory.Name, new Case(spec.Theory, point, spec.Id, theory));
                Add("experiment " + spec.Experiment.Name, new Case(spec.Experiment, point, spec.Id, theory));
            }
        }
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var extra in AppDomain.CurrentDomain.GetAssemblies().SelectMany(a => a.GetCustomAttributes(typeof(ConformancePointAttribute), false))
                     .Cast<ConformancePointAttribute>().OrderByDescending(a => a.ReplacesSpecPoints))
        {
            var key = sites.Keys.SingleOrDefault(k => k.EndsWith(" " + extra.Solver, StringComparison.Ordinal))
                      ?? throw new InvalidOperationException($"[ConformancePoint] names '{extra.Solver}', which no spec of this module uses");
            var first = sites[key][0];
            var point = extra.Apply(first.Solver, first.Point);
            var problem = first.Solver.Validate(point);
            if (problem is not null) throw new InvalidOperationException($"[ConformancePoint] {extra.Solver} at {point.Key} is not admissible: {problem}");
            var theory = first.Solver is Theory t ? t.Evaluate(point) : first.Theory;
            if (extra.ReplacesSpecPoints && replaced.Add(key))
            {
                // The spec sites go; the first one's spec id and theory (re-evaluated at the new point) stay.
                sites[key].Clear();
                if (first.Solver is Experiment) theory = specTheories[first.SpecId].Evaluate(point);
            }
            sites[key].Add(first with { Point = point, Theory = theory });
        }
        return sites.ToDictionary(kv => kv.Key, kv => kv.Value[0] with { Others = kv.Value.Skip(1).ToList() });
    }

    /// <summary>The case registered under <paramref name="key"/>.</summary>
    protected static Case Get(string key) => AllCases.Value[key];

    /// <summary>The seed stream conformance runs use (any fixed stream would do).</summary>
    protected static Rng Stream(Case c, int seed) => Rng.ForStream(20261206, c.SpecId, c.Point.Key, seed);

    /// <summary>[Solver] gives the name, description and reference; the class is named after the registered name.</summary>
    [Theory]
    [MemberData(nameof(Solvers), MemberType = typeof(SolverConformanceTests))]
    public void Is_registered_by_attribute_and_named_after_its_registration(string key) => CheckIs_registered_by_attribute_and_named_after_its_registration(Get(key));

    /// <summary>The check behind <see cref="Is_registered_by_attribute_and_named_after_its_registration(string)"/>, for a case built by hand (e.g. a plug-in's own solver).</summary>
    public static void CheckIs_registered_by_attribute_and_named_after_its_registration(Case c)
    {
        var solver = c.Solver;
        var attribute = solver.GetType().GetCustomAttribute<SolverAttribute>();
        attribute.Should().NotBeNull($"{solver.GetType().Name} registers with [Solver(\"name\", \"description\")]");
        attribute!.Name.Should().Be(solver.Name);
        solver.Description.Should().NotBeNullOrWhiteSpace();
        solver.GetType().Name.Should().Be(SolverNaming.ClassName(solver));
    }

    /// <summary>Every parameter's default is admissible, and every produced value is declared and every declaration produced.</summary>
    [Theory]
    [MemberData(nameof(Solvers), MemberType = typeof(SolverConformanceTests))]
    public void Declares_every_output_it_produces_and_produces_every_output_it_declares(string key) => CheckDeclares_every_output_it_produces_and_produces_every_output_it_declares(Get(key));

    /// <summary>The check behind <see cref="Declares_every_output_it_produces_and_produces_every_output_it_declares(string)"/>, for a case built by hand (e.g. a plug-in's own solver).</summary>
    public static void CheckDeclares_every_output_it_produces_and_produces_every_output_it_declares(Case c)
    {
        var outputs = c.Solver.Outputs;
        outputs.Should().NotBeEmpty($"{c.Solver.Name} declares its outputs with [Output(\"name\", \"meaning\")]");
        var produced = c.Sites.SelectMany(Produced).Distinct().ToList();
        foreach (var (name, kind) in produced)
            outputs.Should().Contain(o => o.Matches(name) && o.Kind == kind, $"{c.Solver.Name} produces {kind} '{name}', which it does not declare");
        foreach (var o in outputs)
            produced.Should().Contain(p => o.Matches(p.Name) && p.Kind == o.Kind, $"{c.Solver.Name} declares {o.Kind} '{o.Name}' but produced it at none of {string.Join(" | ", c.Sites.Select(x => x.Point.Key))}");
    }

    /// <summary>Every scalar and curve value at the spec's smallest point is a finite number.</summary>
    [Theory]
    [MemberData(nameof(Solvers), MemberType = typeof(SolverConformanceTests))]
    public void Produces_finite_values_at_its_first_spec_point(string key) => CheckProduces_finite_values_at_its_first_spec_point(Get(key));

    /// <summary>The check behind <see cref="Produces_finite_values_at_its_first_spec_point(string)"/>, for a case built by hand (e.g. a plug-in's own solver).</summary>
    public static void CheckProduces_finite_values_at_its_first_spec_point(Case c)
    {
        foreach (var (name, value) in Scalars(c))
            double.IsFinite(value).Should().BeTrue($"{c.Solver.Name}: '{name}' = {value} at {c.Point.Key}");
    }

    /// <summary>A theory evaluated twice gives the same bits (theories are deterministic by contract).</summary>
    [Theory]
    [MemberData(nameof(Theories), MemberType = typeof(SolverConformanceTests))]
    public void A_theory_is_deterministic(string key) => CheckA_theory_is_deterministic(Get(key));

    /// <summary>The check behind <see cref="A_theory_is_deterministic(string)"/>, for a case built by hand (e.g. a plug-in's own solver).</summary>
    public static void CheckA_theory_is_deterministic(Case c)
    {
        var again = ((Theory)c.Solver).Evaluate(c.Point);
        Bits(again.Scalars).Should().Equal(Bits(c.Theory.Scalars));
        foreach (var (name, curve) in c.Theory.Curves) Bits(again.Curves[name].Y).Should().Equal(Bits(curve.Y), name);
    }

    /// <summary>
    /// <c>IsDeterministic</c> is honoured both ways: a deterministic experiment gives the same bits on two different seed
    /// streams; a random one gives different values on two streams and the same bits on the same stream.
    /// </summary>
    [Theory]
    [MemberData(nameof(Experiments), MemberType = typeof(SolverConformanceTests))]
    public void An_experiment_honours_IsDeterministic(string key) => CheckAn_experiment_honours_IsDeterministic(Get(key));

    /// <summary>The check behind <see cref="An_experiment_honours_IsDeterministic(string)"/>, for a case built by hand (e.g. a plug-in's own solver).</summary>
    public static void CheckAn_experiment_honours_IsDeterministic(Case c)
    {
        var e = (Experiment)c.Solver;
        var first = FirstRun(c);
        var same = e.Run(c.Point, c.Theory, Stream(c, 0));
        var other = e.Run(c.Point, c.Theory, Stream(c, 1));
        Bits(same.Values).Should().Equal(Bits(first.Values), "one seed stream gives one result");
        if (e.IsDeterministic) Bits(other.Values).Should().Equal(Bits(first.Values), $"{e.Name} says it draws no random numbers");
        else Bits(other.Values).Should().NotEqual(Bits(first.Values), $"{e.Name} says it is random, but two seed streams gave the same values (declare Deterministic = true)");
    }

    /// <summary>
    /// <c>[ReadsTheory]</c> is true: run with a prediction holding only the theory values it declares (required and
    /// optional), the experiment gives the bits of its run with the whole prediction. An experiment that reads an
    /// undeclared value fails here ("theory value '…' was not computed") instead of in a user's run; one whose reading
    /// of an optional value changes its numbers fails on the bits.
    /// </summary>
    [Theory]
    [MemberData(nameof(Experiments), MemberType = typeof(SolverConformanceTests))]
    public void An_experiment_reads_only_the_theory_values_it_declares(string key) => CheckAn_experiment_reads_only_the_theory_values_it_declares(Get(key));

    /// <summary>The check behind <see cref="An_experiment_reads_only_the_theory_values_it_declares(string)"/>, for a case built by hand (e.g. a plug-in's own solver).</summary>
    public static void CheckAn_experiment_reads_only_the_theory_values_it_declares(Case c)
    {
        var e = (Experiment)c.Solver;
        var declared = e.TheoryInputs.Concat(e.OptionalTheoryInputs).ToList();
        Observation restricted;
        try
        {
            restricted = e.Run(c.Point, c.Theory.Only(declared), Stream(c, 0));
        }
        catch (KeyNotFoundException ex)
        {
            throw new Xunit.Sdk.XunitException($"{e.Name} reads a theory value it does not declare with [ReadsTheory(...)] (declared: {string.Join(", ", declared)}): {ex.Message}");
        }
        Bits(restricted.Values).Should().Equal(Bits(FirstRun(c).Values), $"{e.Name} run with only its declared theory values ({string.Join(", ", declared)})");
    }

    /// <summary>
    /// <c>EstimateCost</c> is declared and sane at every spec point: finite, positive memory and work units; doubling the
    /// ladder's size raises the work (strictly for random experiments) and never lowers the memory; doubling any whole-number parameter never
    /// lowers the work (the loader refuses specs from these numbers before anything is allocated, so they must not
    /// understate a bigger problem).
    /// </summary>
    [Theory]
    [MemberData(nameof(Experiments), MemberType = typeof(SolverConformanceTests))]
    public void An_experiment_estimates_its_cost_and_the_estimate_grows_with_its_sizes(string key) => CheckAn_experiment_estimates_its_cost_and_the_estimate_grows_with_its_sizes(Get(key));

    /// <summary>
    /// The whole contract of a theory no shipped spec uses (so the registry-wide suite has no case for it): a case built
    /// by hand (e.g. a point-function solver reached through `eval`, or a plug-in's own theory).
    /// </summary>
    public static void CheckTheoryContract(Theory theory, Point first, Point other) =>
        CheckTheoryContract(new Case(theory, first, "hand-built", theory.Evaluate(first))
        {
            Others = [new Case(theory, other, "hand-built", theory.Evaluate(other))], // a second point shows each parameter's effect
        });

    /// <summary>The point of <paramref name="solver"/> at its declared defaults, with the given parameters overridden.</summary>
    public static Point AtDefaults(Solver solver, params (string Name, object Value)[] overrides)
    {
        var values = solver.Parameters.ToDictionary(p => p.Name, p => p.Default!);
        foreach (var (name, value) in overrides) values[name] = value;
        return new Point("size", 1, values);
    }

    /// <inheritdoc cref="CheckTheoryContract(Theory, Point, Point)"/>
    public static void CheckTheoryContract(Case c)
    {
        CheckIs_registered_by_attribute_and_named_after_its_registration(c);
        CheckDeclares_every_output_it_produces_and_produces_every_output_it_declares(c);
        CheckProduces_finite_values_at_its_first_spec_point(c);
        CheckA_theory_is_deterministic(c);
        CheckValidate_is_total_over_the_declared_ranges(c);
        CheckEvery_declared_parameter_has_an_effect(c);
    }

    /// <summary>The check behind <see cref="An_experiment_estimates_its_cost_and_the_estimate_grows_with_its_sizes(string)"/>, for a case built by hand (e.g. a plug-in's own solver).</summary>
    public static void CheckAn_experiment_estimates_its_cost_and_the_estimate_grows_with_its_sizes(Case c)
    {
        var e = (Experiment)c.Solver;
        foreach (var site in c.Sites)
        {
            var cost = e.EstimateCost(site.Point);
            cost.Should().NotBeNull($"{e.Name} estimates the cost of a run (override EstimateCost)");
            (double.IsFinite(cost!.MemoryBytes) && cost.MemoryBytes > 0).Should().BeTrue($"{e.Name}: memory estimate {cost.MemoryBytes} at {site.Point.Key}");
            (double.IsFinite(cost.Operations) && cost.Operations > 0).Should().BeTrue($"{e.Name}: work estimate {cost.Operations} at {site.Point.Key}");
            var bigger = e.EstimateCost(new Point(site.Point.SizeName, checked(2 * site.Point.Size), site.Point.Values))!;
            // Doubling the size never lowers the work or the memory. A random experiment's size is a problem size (samples,
            // dimension), so the estimate must see it: the work or the memory grows (the bidiagonal λ_min route keeps its
            // work fixed by drawing ∝ 1/N matrices of O(N) work each, but its vectors grow). A deterministic route's size may
            // be a step or rate parameter that changes the numbers but not the work (linear response at η = 1/size).
            bigger.Operations.Should().BeGreaterThanOrEqualTo(cost.Operations, $"{e.Name}: doubling {site.Point.SizeName} at {site.Point.Key} must not lower the work");
            bigger.MemoryBytes.Should().BeGreaterThanOrEqualTo(cost.MemoryBytes, $"{e.Name}: doubling {site.Point.SizeName} at {site.Point.Key} must not lower the memory");
            if (!e.IsDeterministic)
                (bigger.Operations > cost.Operations || bigger.MemoryBytes > cost.MemoryBytes).Should().BeTrue(
                    $"{e.Name}: doubling {site.Point.SizeName} at {site.Point.Key} must raise the work or the memory (the estimate must see the problem size)");
            foreach (var p in e.Parameters.Where(p => p.Kind == ParameterKind.Integer && site.Point.Values.TryGetValue(p.Name, out var v) && v is double d && d > 0))
            {
                var doubled = With(site.Point, p.Name, 2 * (double)site.Point.Values[p.Name]);
                e.EstimateCost(doubled)!.Operations.Should().BeGreaterThanOrEqualTo(cost.Operations, $"{e.Name}: doubling '{p.Name}' at {site.Point.Key} must not lower the work");
            }
        }
    }

    /// <summary>Two runs of the same seed at once on two threads give the bits of a run alone (no shared mutable state): what --jobs relies on.</summary>
    [Theory]
    [MemberData(nameof(Solvers), MemberType = typeof(SolverConformanceTests))]
    public void Is_stable_when_run_concurrently(string key) => CheckIs_stable_when_run_concurrently(Get(key));

    /// <summary>The check behind <see cref="Is_stable_when_run_concurrently(string)"/>, for a case built by hand (e.g. a plug-in's own solver).</summary>
    public static void CheckIs_stable_when_run_concurrently(Case c)
    {
        var alone = Bits(Scalars(c));
        var together = new IReadOnlyList<long>[2];
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => together[i] = Bits(Scalars(c, fresh: true)));
        together[0].Should().Equal(alone);
        together[1].Should().Equal(alone);
    }

    /// <summary>
    /// <c>Validate</c> is total: at every corner of the declared ranges (each parameter at its bounds, the others at the
    /// spec point) it returns null or a sentence, never throws.
    /// </summary>
    [Theory]
    [MemberData(nameof(Solvers), MemberType = typeof(SolverConformanceTests))]
    public void Validate_is_total_over_the_declared_ranges(string key) => CheckValidate_is_total_over_the_declared_ranges(Get(key));

    /// <summary>The check behind <see cref="Validate_is_total_over_the_declared_ranges(string)"/>, for a case built by hand (e.g. a plug-in's own solver).</summary>
    public static void CheckValidate_is_total_over_the_declared_ranges(Case c)
    {
        foreach (var p in c.Solver.Parameters)
        {
            p.Default.Should().Match(d => d == null || Admissible(p, d), $"{c.Solver.Name}: the default of '{p.Name}' must be admissible");
            foreach (var value in Corners(p))
            {
                var point = With(c.Point, p.Name, value);
                var act = () => c.Solver.Validate(point);
                act.Should().NotThrow($"{c.Solver.Name}.Validate at {p.Name} = {Point.Format(value)}");
            }
        }
    }

    /// <summary>
    /// Every declared parameter is read: moving it to another admissible value changes what the solver computes (or makes
    /// the point inadmissible). A declared parameter without effect is a lie in <c>solvers</c> and in every golden key.
    /// </summary>
    [Theory]
    [MemberData(nameof(Solvers), MemberType = typeof(SolverConformanceTests))]
    public void Every_declared_parameter_has_an_effect(string key) => CheckEvery_declared_parameter_has_an_effect(Get(key));

    /// <summary>The check behind <see cref="Every_declared_parameter_has_an_effect(string)"/>, for a case built by hand (e.g. a plug-in's own solver).</summary>
    public static void CheckEvery_declared_parameter_has_an_effect(Case c)
    {
        foreach (var p in c.Solver.Parameters)
        {
            // Sites whose ladder sets the parameter cannot show an effect of it; judge the others.
            var judged = c.Sites.Where(site => site.Point.SizeName != p.Name && !p.SetBySize.Contains(site.Point.SizeName)).ToList();
            if (judged.Count == 0) continue;
            var effect = judged.Any(site => HasEffect(site, p));
            if (p.Retired is null)
                effect.Should().BeTrue($"{c.Solver.Name} declares '{p.Name}' but no admissible change of it changes its results at {string.Join(" | ", judged.Select(x => x.Point.Key))}, nor with any other choice or switch flipped (if it is kept only for point keys, mark it Retired)");
            else
                effect.Should().BeFalse($"{c.Solver.Name} marks '{p.Name}' retired ({p.Retired}), but changing it changes its results");
        }
    }

    /// <summary>
    /// Whether some admissible change of <paramref name="p"/> changes the results at the site, or at the site with one other
    /// choice or switch flipped (a parameter may matter only in some configurations, e.g. v* only when both layers learn).
    /// </summary>
    private static bool HasEffect(Case site, ParameterSpec p)
    {
        var bases = new List<Point> { site.Point };
        foreach (var q in site.Solver.Parameters.Where(q => q.Name != p.Name && q.Kind is ParameterKind.Choice or ParameterKind.Boolean))
            foreach (var value in Alternatives(q, site.Point.Values[q.Name]))
            {
                var flipped = With(site.Point, q.Name, value);
                if (site.Solver.Validate(flipped) is null) bases.Add(flipped);
            }
        return bases.Any(b => HasEffectAt(site, b, p));
    }

    private static bool HasEffectAt(Case site, Point at, ParameterSpec p)
    {
        string reference;
        try
        {
            reference = Fingerprint(site, at);
        }
        catch (Exception)
        {
            return false; // the flipped configuration does not run here: no evidence either way
        }
        foreach (var value in Alternatives(p, at.Values[p.Name]))
        {
            var point = With(at, p.Name, value);
            if (site.Solver.Validate(point) is not null) return true;
            try
            {
                if (Fingerprint(site, point) != reference) return true;
            }
            catch (Exception)
            {
                return true; // it was read: the solver refused the value
            }
        }
        return false;
    }

    // Experiments can take seconds per run: a fingerprint is computed once per solver, point and theory.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Solver, string, TheoryValues), string> Fingerprints = new();

    private static string Fingerprint(Case c, Point point) =>
        Fingerprints.GetOrAdd((c.Solver, point.Key + "|" + string.Join(";", point.Values.Where(kv => kv.Value is IReadOnlyList<double>).Select(kv => kv.Key + "=" + Point.Format(kv.Value))), c.Theory),
            _ => ComputeFingerprint(c, point));

    private static string ComputeFingerprint(Case c, Point point)
    {
        var theory = c.Solver is Theory t ? (ReferenceEquals(point, c.Point) ? c.Theory : t.Evaluate(point)) : c.Theory;
        var observation = c.Solver is Experiment e ? (ReferenceEquals(point, c.Point) ? FirstRun(c) : e.Run(point, theory, Stream(c, 0))) : null;
        var values = observation?.Values ?? theory.Scalars;
        var curves = observation?.Curves ?? theory.Curves;
        return string.Join(";", values.Select(kv => kv.Key + "=" + kv.Value.ToString("R", CultureInfo.InvariantCulture)))
               + "|" + string.Join(";", curves.Select(kv => kv.Key + "=" + string.Join(",", kv.Value.X.Concat(kv.Value.Y).Select(v => v.ToString("R", CultureInfo.InvariantCulture)))))
               + "|" + (c.Solver is Theory ? string.Join(";", theory.Functions.Select(kv => kv.Key + "=" + Probe(kv.Value))) : "");
    }

    private static string Probe(Func<double, double> f) =>
        string.Join(",", new[] { -1.0, 0.1, 0.5, 1, 2, 5 }.Select(x => f(x).ToString("R", CultureInfo.InvariantCulture)));

    private static IReadOnlyList<(string Name, OutputKind Kind)> Produced(Case c)
    {
        if (c.Solver is Theory)
            return c.Theory.Scalars.Keys.Select(k => (k, OutputKind.Scalar))
                .Concat(c.Theory.Curves.Keys.Select(k => (k, OutputKind.Curve)))
                .Concat(c.Theory.Functions.Keys.Select(k => (k, OutputKind.Function))).ToList();
        var o = FirstRun(c);
        return o.Values.Keys.Select(k => (k, OutputKind.Scalar)).Concat(o.Curves.Keys.Select(k => (k, OutputKind.Curve))).ToList();
    }

    // An experiment's first run at a case (seed stream 0) is shared by the checks that only read it; the checks of
    // repeatability (determinism, concurrency) run it afresh.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Case, Lazy<Observation>> FirstRuns = new(ReferenceEqualityComparer.Instance);

    private static Observation FirstRun(Case c) =>
        FirstRuns.GetOrAdd(c, k => new Lazy<Observation>(() => ((Experiment)k.Solver).Run(k.Point, k.Theory, Stream(k, 0)))).Value;

    private static IReadOnlyDictionary<string, double> Scalars(Case c, bool fresh = false)
    {
        if (c.Solver is Theory t)
        {
            // A theory case's prediction is the theory evaluated at its point (BuildCases), so only the repeatability checks
            // pay for another evaluation (some theories take seconds: peak searches, ODEs, quadratures).
            var v = fresh ? t.Evaluate(c.Point) : c.Theory;
            return v.Scalars.Concat(v.Curves.SelectMany(kv => kv.Value.Y.Select((y, i) => KeyValuePair.Create($"{kv.Key}[{i}]", y))))
                .ToDictionary(kv => kv.Key, kv => kv.Value);
        }
        var o = fresh ? ((Experiment)c.Solver).Run(c.Point, c.Theory, Stream(c, 0)) : FirstRun(c);
        return o.Values.Concat(o.Curves.SelectMany(kv => kv.Value.Y.Select((y, i) => KeyValuePair.Create($"{kv.Key}[{i}]", y))))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
    }

    private static IReadOnlyList<long> Bits(IReadOnlyDictionary<string, double> values) =>
        values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => BitConverter.DoubleToInt64Bits(kv.Value)).ToList();

    private static IReadOnlyList<long> Bits(IReadOnlyList<double> values) => values.Select(BitConverter.DoubleToInt64Bits).ToList();

    private static Point With(Point point, string name, object value)
    {
        var values = point.Values.ToDictionary(kv => kv.Key, kv => kv.Value);
        values[name] = value;
        return new Point(point.SizeName, point.Size, values);
    }

    private static bool Admissible(ParameterSpec p, object value) => value switch
    {
        double d => p.CheckRange(d) is null,
        int i => p.CheckRange(i) is null,
        IReadOnlyList<double> list => list.All(x => p.CheckRange(x) is null),
        string s => p.Choices?.Contains(s) ?? true,
        _ => true,
    };

    /// <summary>The parameter at each end of its declared range (just inside an exclusive bound).</summary>
    private static IEnumerable<object> Corners(ParameterSpec p)
    {
        switch (p.Kind)
        {
            case ParameterKind.Real:
                if (p.Min is double lo) yield return p.MinExclusive ? lo + Math.Max(1e-9, Math.Abs(lo) * 1e-9) : lo;
                if (p.Max is double hi) yield return p.MaxExclusive ? hi - Math.Max(1e-9, Math.Abs(hi) * 1e-9) : hi;
                break;
            case ParameterKind.Integer:
                if (p.Min is double ilo) yield return (int)Math.Ceiling(ilo);
                if (p.Max is double ihi) yield return (int)Math.Floor(Math.Min(ihi, int.MaxValue));
                break;
            case ParameterKind.Choice:
                foreach (var choice in p.Choices ?? []) yield return choice;
                break;
            case ParameterKind.Boolean:
                yield return true;
                yield return false;
                break;
        }
    }

    /// <summary>Other admissible values near <paramref name="current"/>, cheapest first.</summary>
    private static IEnumerable<object> Alternatives(ParameterSpec p, object current)
    {
        switch (p.Kind)
        {
            case ParameterKind.Real:
                var x = Convert.ToDouble(current, CultureInfo.InvariantCulture);
                foreach (var candidate in new[] { x * 0.9, x * 1.1, x + 0.1, x - 0.1, x * 0.5, x + 1, x * 2 })
                    if (candidate != x && p.CheckRange(candidate) is null) yield return candidate;
                break;
            case ParameterKind.Integer:
                var n = Convert.ToInt32(current, CultureInfo.InvariantCulture);
                foreach (var candidate in new[] { n + 1, n - 1, n + 2, n * 2 })
                    if (candidate != n && p.CheckRange(candidate) is null) yield return candidate;
                break;
            case ParameterKind.Choice:
                foreach (var choice in (p.Choices ?? []).Where(ch => ch != (string)current)) yield return choice;
                break;
            case ParameterKind.Boolean:
                yield return !(bool)current;
                break;
            case ParameterKind.RealList:
                var list = (IReadOnlyList<double>)current;
                if (list.Count > 1) yield return list.Take(list.Count - 1).ToArray();
                var grown = list.Select(v => v * 2).ToArray();
                if (grown.All(v => p.CheckRange(v) is null)) yield return grown;
                break;
        }
    }
}
