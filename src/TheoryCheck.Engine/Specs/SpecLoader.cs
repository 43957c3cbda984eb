using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Engine.Specs;

/// <summary>
/// Reads spec files (<c>DIR/&lt;paper&gt;/&lt;id&gt;.yaml</c>) and validates them completely against the registered
/// solvers before anything runs: every problem is reported with file, line and what was expected.
/// </summary>
public sealed partial class SpecLoader(SolverRegistry registry, CheckKinds? checkKinds = null)
{
    private readonly CheckKinds _kinds = checkKinds ?? CheckKinds.Default;

    /// <summary>The bounds on seeds and runs a spec may ask for (exit 4 above them).</summary>
    public SpecLimits Limits { get; init; } = SpecLimits.Default;

    private static readonly string[] TopFields =
        ["id", "title", "source", "claim", "tags", "tier", "theory", "experiment", "parameters", "ladder", "checks", "golden", "known-failure", "figures"];

    [GeneratedRegex("^[a-z0-9]+([.-][a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    /// <summary>Loads every <c>*.yaml</c> below <paramref name="directory"/> (one folder per paper). Throws <see cref="SpecException"/> with all errors.</summary>
    public IReadOnlyList<Spec> LoadDirectory(string directory) => LoadDirectory(directory, null);

    /// <summary>
    /// Loads the spec files below <paramref name="directory"/> whose file name (without extension) passes
    /// <paramref name="idFilter"/>, or all of them when it is null. A spec's id must equal its file name (checked
    /// whenever the file is parsed), so a filter on ids can pick files before parsing: a filtered run reads and
    /// validates only the specs it may run (the others are validated by <c>list</c> and unfiltered runs).
    /// </summary>
    public IReadOnlyList<Spec> LoadDirectory(string directory, Func<string, bool>? idFilter)
    {
        if (!Directory.Exists(directory))
            throw new SpecException(new SpecError(directory, 0, 0, "spec directory does not exist"));
        var files = Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(directory, "*.yml", SearchOption.AllDirectories))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new SpecException(new SpecError(directory, 0, 0, "no spec files (<paper>/<id>.yaml) in this folder; pass --specs DIR with the theory-specs folder"));
        var specs = new List<Spec>();
        var errors = new List<SpecError>();
        foreach (var file in files)
        {
            if (idFilter is not null && !idFilter(Path.GetFileNameWithoutExtension(file))) continue;
            var relative = Path.GetRelativePath(directory, file);
            var paper = Path.GetDirectoryName(relative) is { Length: > 0 } d ? d.Replace('\\', '/') : "";
            if (paper.Length == 0)
            {
                errors.Add(new SpecError(file, 0, 0, "a spec file must sit in a folder named after its paper: <specs>/<paper>/<id>.yaml"));
                continue;
            }
            var (spec, fileErrors) = TryLoadFile(file, paper);
            errors.AddRange(fileErrors);
            if (spec is not null) specs.Add(spec);
        }
        foreach (var group in specs.GroupBy(s => s.Id).Where(g => g.Count() > 1))
            foreach (var s in group)
                errors.Add(new SpecError(s.FilePath, s.Line, 1,
                    $"duplicate id '{s.Id}': also defined in {string.Join(", ", group.Where(o => o != s).Select(o => o.FilePath))}"));
        if (errors.Count > 0) throw new SpecException(errors);
        return specs.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Loads one file; <paramref name="paper"/> is the folder it belongs to.</summary>
    public Spec LoadFile(string file, string paper)
    {
        var (spec, errors) = TryLoadFile(file, paper);
        if (errors.Count > 0) throw new SpecException(errors);
        return spec!;
    }

    private (Spec?, List<SpecError>) TryLoadFile(string file, string paper)
    {
        var r = new YamlReader(file);
        YamlNode root;
        try
        {
            var (text, refused) = SpecText.Read(file);
            if (refused is null && SpecText.TooDeep(file, text!) is { } deep) refused = deep;
            if (refused is not null)
            {
                r.Errors.Add(refused);
                return (null, r.Errors);
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(text!));
            if (stream.Documents.Count != 1)
            {
                r.Fail(null, $"expected exactly one YAML document, found {stream.Documents.Count}");
                return (null, r.Errors);
            }
            root = stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var inner = e.InnerException?.Message is { } m ? $" ({m})" : "";
            var (line, column) = YamlErrorLocation.Of(e, File.ReadAllText(file));
            r.Errors.Add(new SpecError(file, line, column, "YAML syntax error: " + e.Message.Split(':').Last().Trim() + inner));
            return (null, r.Errors);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 throws this (not YamlException) on some unterminated flow collections: locate it ourselves.
            var (line, column) = LastGoodToken(file);
            r.Errors.Add(new SpecError(file, line, column, "YAML syntax error: unterminated or malformed flow collection ([...] or {...}) after this point"));
            return (null, r.Errors);
        }

        var f = r.Fields(root, "the spec", TopFields);
        if (root is not YamlMappingNode) return (null, r.Errors);

        var id = r.Text(r.Required(f, "id", root, "the spec"), "id");
        if (id is not null && !IdPattern().IsMatch(id))
            r.Fail(f["id"].Value, $"id '{id}' must be lower-case words of [a-z0-9] joined by '.' or '-'");
        if (id is not null && Path.GetFileNameWithoutExtension(file) != id)
            r.Fail(f["id"].Value, $"id '{id}' does not match the file name '{Path.GetFileName(file)}' (expected {id}.yaml)");
        var title = r.Text(r.Required(f, "title", root, "the spec"), "title");
        var claim = r.Text(r.Required(f, "claim", root, "the spec"), "claim");
        var source = ReadSource(r, r.Required(f, "source", root, "the spec"));
        var tags = ReadTags(r, f.TryGetValue("tags", out var t) ? t.Value : null);
        var tier = Tier.Quick;
        if (f.TryGetValue("tier", out var tierNode))
            tier = r.Text(tierNode.Value, "tier") switch
            {
                "quick" => Tier.Quick,
                "full" => Tier.Full,
                null => Tier.Quick,
                var other => Bad(r, tierNode.Value, $"tier must be 'quick' or 'full', got '{other}'", Tier.Quick),
            };

        var theoryNode = r.Required(f, "theory", root, "the spec");
        var theoryName = r.Text(theoryNode, "theory");
        Theory? theory = null;
        if (theoryName is not null && !registry.Theories.TryGetValue(theoryName, out theory))
            r.Fail(theoryNode, $"unknown theory '{theoryName}'; registered theories: {string.Join(", ", registry.Theories.Keys)}");
        var experimentNode = r.Required(f, "experiment", root, "the spec");
        var experimentName = r.Text(experimentNode, "experiment");
        Experiment? experiment = null;
        if (experimentName is not null && !registry.Experiments.TryGetValue(experimentName, out experiment))
            r.Fail(experimentNode, $"unknown experiment '{experimentName}'; registered experiments: {string.Join(", ", registry.Experiments.Keys)}");

        if (theory is not null && experiment is not null && TheoryInputCheck.Misfit(theory, experiment) is { } misfit) r.Fail(experimentNode, misfit);

        var parametersNode = r.Required(f, "parameters", root, "the spec");
        IReadOnlyList<IReadOnlyDictionary<string, object>> series = [];
        if (theory is not null && experiment is not null && parametersNode is not null)
            series = ParameterReader.Read(r, parametersNode, theory, experiment);

        var ladders = experiment is null ? null : ReadLadders(r, r.Required(f, "ladder", root, "the spec"), experiment);
        var axes = series.SelectMany(v => v.Keys).Distinct().Append(experiment?.SizeName ?? "N").ToList();
        var context = new CheckContext(r, theory, experiment, axes);
        var checks = ReadChecks(context, r.Required(f, "checks", root, "the spec"));
        var golden = ReadGolden(r, f.TryGetValue("golden", out var g) ? g.Value : null, theory, experiment, out var keepCurves);
        var figures = FigureReader.Read(r, f.TryGetValue("figures", out var fig) ? fig.Value : null, axes, theory, experiment);
        string? knownFailure = null;
        if (f.TryGetValue("known-failure", out var kf)) knownFailure = r.Text(kf.Value, "known-failure (the reason the claim is expected to fail)");

        if (ladders is not null && series.Count > 0)
            foreach (var (tierName, ladder) in ladders.DistinctBy(l => l.Value))
            {
                var runs = (long)ladder.Seeds * ladder.Sizes.Count * series.Count;
                if (ladder.Seeds > Limits.MaxSeeds)
                    r.Fail(f["ladder"].Value, $"ladder.{tierName.ToString().ToLowerInvariant()}.seeds = {ladder.Seeds:N0} is above the limit of {Limits.MaxSeeds:N0} seeds per point; raise it with --max-seeds");
                else if (runs > Limits.MaxRunsPerLadder)
                    r.Fail(f["ladder"].Value, $"the {tierName.ToString().ToLowerInvariant()} ladder asks for {runs:N0} experiment runs ({ladder.Seeds:N0} seeds × {ladder.Sizes.Count} sizes × {series.Count} series), above the limit of {Limits.MaxRunsPerLadder:N0}; raise it with --max-seeds");
            }

        // Constraints between parameters (K >= M, alpha*N integer, ...) that only the solvers know.
        if (r.Errors.Count == 0 && theory is not null && experiment is not null && ladders is not null)
        {
            var reported = new HashSet<string>();
            foreach (var (tierName, ladder) in ladders)
                foreach (var values in series)
                    foreach (var size in ladder.Sizes)
                    {
                        var point = new Point(ladder.SizeName, size, values);
                        foreach (var message in new[] { theory.Validate(point), experiment.Validate(point) })
                            if (message is not null && reported.Add(message))
                                r.Fail(parametersNode, $"impossible parameters at {point.Key} ({tierName.ToString().ToLowerInvariant()} ladder): {message}");
                    }
        }

        // The cost of points the solvers accept (an impossible point is reported as such above, not as a huge cost).
        if (r.Errors.Count == 0 && experiment is not null && ladders is not null)
            foreach (var (tierName, ladder) in ladders.DistinctBy(l => l.Value))
                if (LadderCost.Refusal(experiment, ladder, series, Limits) is { } tooCostly)
                    r.Fail(f["ladder"].Value, $"the {tierName.ToString().ToLowerInvariant()} ladder: {tooCostly}");

        if (r.Errors.Count > 0) return (null, r.Errors);
        var spec = new Spec
        {
            Id = id!, Title = title!, Paper = paper, FilePath = file, Claim = claim!, Source = source!, Tags = tags,
            Tier = tier, Theory = theory!, Experiment = experiment!, Series = series, Ladders = ladders!, Checks = checks,
            GoldenTolerances = golden, Figures = figures,
            // Goldens record what is checked or drawn (issue 17), plus what the spec asks to keep.
            GoldenCurves = figures.Where(fig => fig.IsCurve).SelectMany(fig => fig.Series)
                .Concat(checks.SelectMany(c => c.CurvesRead)).Concat(keepCurves).ToHashSet(StringComparer.Ordinal), KnownFailure = knownFailure, Line = YamlReader.LineOf(f["id"].Key),
            Hash = ComputeHash(theory!, experiment!, series, ladders!),
        };
        return (spec, r.Errors);
    }

    private static (int Line, int Column) LastGoodToken(string file)
    {
        var scanner = new Scanner(new StringReader(File.ReadAllText(file)));
        (int, int) last = (1, 1);
        try
        {
            while (scanner.MoveNext()) last = ((int)scanner.Current!.Start.Line, (int)scanner.Current.Start.Column);
        }
        catch (Exception)
        {
            // the position of the last token read is the answer
        }
        return last;
    }

    private static T Bad<T>(YamlReader r, YamlNode node, string message, T fallback)
    {
        r.Fail(node, message);
        return fallback;
    }

    private static SourceRef? ReadSource(YamlReader r, YamlNode? node)
    {
        if (node is null) return null;
        var f = r.Fields(node, "source", ["doc", "ref", "verdict", "change"]);
        var doc = r.Text(r.Required(f, "doc", node, "source"), "source.doc");
        var reference = r.Text(r.Required(f, "ref", node, "source"), "source.ref");
        var verdictNode = r.Required(f, "verdict", node, "source (confirms, corrects, refutes, undecided or records)");
        var verdictText = r.Text(verdictNode, "source.verdict");
        var verdict = SourceVerdictText.Parse(verdictText);
        if (verdictText is not null && verdict is null)
            r.Fail(verdictNode, $"source.verdict must be confirms, corrects, refutes, undecided or records, got '{verdictText}'");
        string? change = null;
        if (f.TryGetValue("change", out var changeNode)) change = r.Text(changeNode.Value, "source.change");
        // A claim that says the seed is wrong must say what is wrong, in one line with the decisive numbers.
        if (verdict is { } v && SourceVerdictText.NamesAnError(v) && string.IsNullOrWhiteSpace(change))
            r.Fail(verdictNode, $"source.verdict {SourceVerdictText.Of(v)} needs 'change': one line saying what the source gets wrong and the decisive numbers");
        return doc is null || reference is null ? null : new SourceRef(doc, reference) { Verdict = verdict, Change = change };
    }

    private static List<string> ReadTags(YamlReader r, YamlNode? node)
    {
        if (node is null) return [];
        if (node is not YamlSequenceNode seq)
        {
            r.Fail(node, "tags must be a list of words, e.g. [rmt, mp]");
            return [];
        }
        return seq.Children.Select(c => r.Text(c, "a tag")).OfType<string>().ToList();
    }

    private static Dictionary<Tier, Ladder>? ReadLadders(YamlReader r, YamlNode? node, Experiment experiment)
    {
        if (node is null) return null;
        var f = r.Fields(node, "ladder", ["quick", "full"]);
        var quickNode = r.Required(f, "quick", node, "ladder");
        var quick = quickNode is null ? null : ReadLadder(r, quickNode, experiment, "ladder.quick");
        var full = f.TryGetValue("full", out var fullNode) ? ReadLadder(r, fullNode.Value, experiment, "ladder.full") : quick;
        if (quick is null || full is null) return null;
        return new Dictionary<Tier, Ladder> { [Tier.Quick] = quick, [Tier.Full] = full };
    }

    private static Ladder? ReadLadder(YamlReader r, YamlNode node, Experiment experiment, string what)
    {
        var size = experiment.SizeName;
        var f = r.Fields(node, $"{what} (experiment '{experiment.Name}' runs over '{size}')", [size, "seeds"]);
        var sizesNode = r.Required(f, size, node, what);
        var seeds = r.Whole(r.Required(f, "seeds", node, what), $"{what}.seeds");
        if (seeds is int s && s < 1) r.Fail(f["seeds"].Value, $"{what}.seeds must be >= 1, got {s}");
        if (seeds is int s1 && experiment.IsDeterministic && s1 != 1)
            r.Fail(f["seeds"].Value, $"experiment '{experiment.Name}' is deterministic: {what}.seeds must be 1, got {s1}");
        if (sizesNode is null) return null;
        if (sizesNode is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            r.Fail(sizesNode, $"{what}.{size} must be a non-empty list of sizes, e.g. [100, 200, 400]");
            return null;
        }
        var sizes = new List<int>();
        foreach (var child in seq.Children)
        {
            var v = r.Whole(child, $"a size in {what}.{size}");
            if (v is null) continue;
            if (v <= 0) r.Fail(child, $"sizes in {what}.{size} must be > 0, got {v}");
            else if (sizes.Count > 0 && v <= sizes[^1]) r.Fail(child, $"sizes in {what}.{size} must be strictly increasing ({v} after {sizes[^1]})");
            sizes.Add(v.Value);
        }
        return seeds is null || seeds < 1 ? null : new Ladder(size, sizes, seeds.Value);
    }

    private List<CheckDefinition> ReadChecks(CheckContext context, YamlNode? node)
    {
        var r = context.Reader;
        var checks = new List<CheckDefinition>();
        if (node is null) return checks;
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            r.Fail(node, $"checks must be a non-empty list ({string.Join(", ", _kinds.All.Keys)})");
            return checks;
        }
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode { Children.Count: 1 } map)
            {
                r.Fail(item, $"each check is a mapping with exactly one key: {_kinds.Names()}");
                continue;
            }
            var (k, v) = map.Children.First();
            var word = (k as YamlScalarNode)?.Value ?? "";
            var check = _kinds.Find(word) is { } kind
                ? kind.Read(context, v)
                : Bad<CheckDefinition?>(r, k, $"unknown check kind '{word}'; expected {_kinds.Names()}", null);
            if (check is not null) checks.Add(check);
        }
        return checks;
    }

    private static GoldenTolerances ReadGolden(YamlReader r, YamlNode? node, Theory? theory, Experiment? experiment, out IReadOnlyList<string> keepCurves)
    {
        var tolerances = new GoldenTolerances();
        keepCurves = [];
        if (node is null) return tolerances;
        if (node is not YamlMappingNode map)
        {
            r.Fail(node, "golden must map quantity prefixes (theory, experiment.NAME, checks) to tolerances");
            return tolerances;
        }
        foreach (var (k, v) in map.Children)
        {
            var prefix = (k as YamlScalarNode)?.Value ?? "";
            if (prefix == "keep-curves")
            {
                keepCurves = KeepCurves(r, v, theory, experiment);
                continue;
            }
            if (!(prefix is "theory" or "experiment" or "checks" || prefix.StartsWith("theory.") || prefix.StartsWith("experiment.") || prefix.StartsWith("checks.")))
            {
                r.Fail(k, $"golden key '{prefix}' must be theory, experiment, checks or start with one of them followed by '.'");
                continue;
            }
            var tol = CheckReader.Tolerance(r, v, $"golden.{prefix}");
            if (tol is not null) tolerances.Set(prefix, tol);
        }
        return tolerances;
    }

    /// <summary><c>golden.keep-curves: [theory.NAME, experiment.NAME]</c>: curves no figure draws and no check reads, recorded anyway.</summary>
    private static IReadOnlyList<string> KeepCurves(YamlReader r, YamlNode node, Theory? theory, Experiment? experiment)
    {
        if (node is not YamlSequenceNode list)
        {
            r.Fail(node, "golden.keep-curves must be a list of curve names (theory.NAME or experiment.NAME)");
            return [];
        }
        var names = new List<string>();
        foreach (var item in list.Children)
        {
            var name = (item as YamlScalarNode)?.Value ?? "";
            var fromTheory = name.StartsWith("theory.", StringComparison.Ordinal);
            if (!fromTheory && !name.StartsWith("experiment.", StringComparison.Ordinal))
            {
                r.Fail(item, $"golden.keep-curves: '{name}' is not theory.NAME or experiment.NAME");
                continue;
            }
            Abstractions.Solver? solver = fromTheory ? theory : experiment;
            if (solver is not null && OutputCheck.Unknown(solver, fromTheory ? "theory" : "experiment", name[(name.IndexOf('.') + 1)..]) is { } unknown)
                r.Fail(item, "golden.keep-curves: " + unknown);
            else names.Add(name);
        }
        return names;
    }

    private static string ComputeHash(Theory theory, Experiment experiment, IReadOnlyList<IReadOnlyDictionary<string, object>> series,
        IReadOnlyDictionary<Tier, Ladder> ladders)
    {
        var text = new StringBuilder();
        text.Append("theory=").Append(theory.Name).Append('\n').Append("experiment=").Append(experiment.Name).Append('\n');
        foreach (var values in series)
            text.Append("series=").Append(string.Join(",", values.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => kv.Key + "=" + Point.Format(kv.Value)))).Append('\n');
        foreach (var (tier, ladder) in ladders.OrderBy(kv => kv.Key))
            text.Append(tier).Append(": ").Append(ladder.SizeName).Append('=').Append(string.Join(",", ladder.Sizes))
                .Append(" seeds=").Append(ladder.Seeds).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
