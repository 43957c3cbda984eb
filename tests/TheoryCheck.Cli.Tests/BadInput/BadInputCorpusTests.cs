using System.Security.Cryptography;
using System.Text;
using TheoryCheck.Cli;

namespace TheoryCheck.Tests.Cli.BadInput;

/// <summary>
/// The bad-input corpus of issue 14: small bad specs (a shipped spec with one thing broken), bad options and bad
/// output paths. Each case asserts the exit code, the location in the message (file:line: for a spec) and that
/// nothing was written: the golden folder is byte-for-byte the same and the report folder was not created.
/// The valid controls show the harness tells a good input from a bad one. All run in-process and load specs only
/// (or run one deterministic claim in 0.2 s), so the corpus costs a few seconds.
/// </summary>
public class BadInputCorpusTests
{
    private const string File = "goldt2020.both-erf.asymptotic-error-m1.yaml";
    private const string McFile = "goldt2020.eps-g.closed-form.yaml";
    private const string Bound = "\n  - bound: { quantity: experiment.eg-over-sigma2, above: 0, reason: \"eps is a mean square\" }";

    /// <summary>A spec case: a mutation of a base spec, the expected exit code and the fragments the message must hold.</summary>
    public sealed record SpecCase(string Name, bool MonteCarlo, Func<byte[], byte[]> Mutate, int Exit, string Location, string Fragment)
    {
        public override string ToString() => Name;
    }

    private static Func<byte[], byte[]> Replace(string from, string to) => bytes =>
    {
        var text = Encoding.UTF8.GetString(bytes);
        text.Should().Contain(from, "the base spec must hold the text the case breaks");
        return Encoding.UTF8.GetBytes(text.Replace(from, to));
    };

    private static Func<byte[], byte[]> Bytes(string before, byte[] inserted) => bytes =>
    {
        var text = Encoding.UTF8.GetString(bytes);
        var at = Encoding.UTF8.GetByteCount(text[..text.IndexOf(before, StringComparison.Ordinal)]);
        return [.. bytes[..at], .. inserted, .. bytes[at..]];
    };

    private static SpecCase Bad(string name, string from, string to, string location, string fragment, bool mc = false) =>
        new(name, mc, Replace(from, to), ExitCodes.UsageError, location, fragment);

    public static TheoryData<SpecCase> SpecCases() =>
    [
        // NaN, infinities and overflow where a number is expected: refused where read, with the line.
        Bad("slope-nan", "slope: [-1.1, -0.9]", "slope: [.nan, -0.9]", ":20:", "finite"),
        Bad("slope-inf", "slope: [-1.1, -0.9]", "slope: [-1.1, .inf]", ":20:", "finite"),
        Bad("slope-overflow", "slope: [-1.1, -0.9]", "slope: [-1e400, -0.9]", ":20:", "finite"),
        Bad("slope-NaN-capitals", "slope: [-1.1, -0.9]", "slope: [.NaN, -0.9]", ":20:", "finite"),
        Bad("final-nan", "final: 0.006", "final: .nan", ":21:", "finite"),
        Bad("final-minus-inf", "final: 0.006", "final: -.inf", ":21:", "finite"),
        Bad("tolerance-nan", "{ rel: 1e-7 }", "{ rel: .nan }", ":26:", "finite"),
        Bad("tolerance-overflow", "{ rel: 1e-7 }", "{ rel: 1e999 }", ":26:", "finite"),
        Bad("tolerance-negative", "{ rel: 1e-7 }", "{ rel: -1e-7 }", ":26:", "> 0"),
        Bad("tolerance-text", "{ rel: 1e-7 }", "{ rel: small }", ":26:", "must be a number"),
        Bad("parameter-nan", "vstar: 2", "vstar: .nan", ":12:", "finite"),
        Bad("parameter-inf", "vstar: 2", "vstar: .inf", ":12:", "finite"),
        Bad("parameter-overflow", "vstar: 2", "vstar: 1e400", ":12:", "finite"),
        Bad("parameter-nan-in-list", "K: [1, 2, 3, 4]", "K: [1, .nan]", ":11:", "finite"),
        Bad("integer-overflow", "M: 1", "M: 1e12", ":10:", "impossible value 1e12"),
        Bad("integer-fraction", "M: 1", "M: 1.5", ":10:", "whole number"),
        Bad("integer-quoted", "M: 1", "M: \"1\"", ":10:", "must be a number"),
        Bad("margin-se-nan", "at: all\n      reason: \"the derived", "at: all\n      reason: \"the derived", ":29:", "margin-se") with
        {
            Mutate = bytes => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).TrimEnd() + Bound.Replace("reason:", "margin-se: .nan, reason:") + "\n"),
        },
        Bad("bound-nan", "", "", ":29:", "must be") with
        {
            Mutate = bytes => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).TrimEnd() + Bound.Replace("above: 0", "above: .nan") + "\n"),
        },
        Bad("golden-tolerance-nan", "", "", ":29:", "finite") with
        {
            Mutate = bytes => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).TrimEnd() + "\ngolden:\n  theory: { rel: .nan }\n"),
            Location = ":30:",
        },
        // Sizes and seeds.
        Bad("sizes-nan", "inv-eta: [25, 50, 100, 200]", "inv-eta: [25, .nan]", ":16:", "finite"),
        Bad("sizes-decreasing", "inv-eta: [25, 50, 100, 200]", "inv-eta: [50, 25]", ":16:", "strictly increasing"),
        Bad("sizes-empty", "inv-eta: [25, 50, 100, 200]", "inv-eta: []", ":16:", "non-empty list"),
        Bad("sizes-overflow", "inv-eta: [25, 50, 100, 200]", "inv-eta: [25, 1e10]", ":16:", "whole number"),
        Bad("seeds-zero", "seeds: 32 }\n  full", "seeds: 0 }\n  full", ":11:", ">= 1", mc: true),
        Bad("seeds-negative", "seeds: 32 }\n  full", "seeds: -3 }\n  full", ":11:", ">= 1", mc: true),
        Bad("seeds-nan", "seeds: 32 }\n  full", "seeds: .nan }\n  full", ":11:", "finite", mc: true),
        Bad("seeds-1e9", "seeds: 32 }\n  full", "seeds: 1e9 }\n  full", ":11:", "limit of 1,000,000 seeds", mc: true),
        Bad("seeds-1e10", "seeds: 32 }\n  full", "seeds: 1e10 }\n  full", ":11:", "whole number", mc: true),
        Bad("runs-above-limit", "seeds: 32 }\n  full", "seeds: 900000 }\n  full", ":11:", "experiment runs", mc: true),
        Bad("work-above-limit", "P: [1000, 2000, 4000, 8000, 16000, 32000], seeds: 32", "P: [1000, 2000000000], seeds: 32", ":11:", "floating-point operations, above the limit", mc: true),
        Bad("deterministic-seeds", "seeds: 1 }", "seeds: 2 }", ":16:", "deterministic"),
        // YAML syntax: the locations YamlDotNet gets wrong are found in the text.
        Bad("tab-indent", "  M: 1", "\tM: 1", ":10:1:", "tab"),
        Bad("undefined-alias", "M: 1", "M: *nope", ":10:6:", "anchor 'nope'"),
        Bad("deep-flow-nesting", "vstar: 2", "vstar: " + new string('[', 100_000) + new string(']', 100_000), ":12:", "nested more than 64"),
        Bad("deep-flow-nesting-1000", "vstar: 2", "vstar: " + new string('[', 1000) + new string(']', 1000), ":12:", "nested more than 64"),
        Bad("deep-mapping-nesting", "vstar: 2", "vstar: " + string.Concat(Enumerable.Repeat("{a: ", 5000)) + "1" + new string('}', 5000), ":12:", "nested more than 64"),
        Bad("unterminated-flow", "K: [1, 2, 3, 4]", "K: [1, 2, 3, 4", ":", "YAML syntax error"),
        Bad("duplicate-key", "  M: 1", "  M: 1\n  M: 2", ":11:", "YAML syntax error"),
        Bad("two-documents", "id: goldt2020", "---\nfoo: 1\n---\nid: goldt2020", ": error", "exactly one YAML document"),
        new("invalid-utf8-title", false, Bytes("(15): erf", [0xFF]), ExitCodes.UsageError, ":2:", "invalid UTF-8"),
        new("invalid-utf8-claim", false, Bytes("eps_g* =", [0xC3, 0x28]), ExitCodes.UsageError, ":4:", "invalid UTF-8"),
        new("truncated-utf8-at-end", false, b => [.. b, 0xE2, 0x82], ExitCodes.UsageError, ":29:", "invalid UTF-8"),
        new("overlong-utf8", false, Bytes("M: 1", [0xC0, 0xAF]), ExitCodes.UsageError, ":10:", "invalid UTF-8"),
        new("huge-file", false, b => [.. b, .. Encoding.UTF8.GetBytes("# " + new string('x', 1 << 20) + "\n")], ExitCodes.UsageError, ": error", "at most 1,048,576 bytes"),
        new("empty-file", false, _ => [], ExitCodes.UsageError, ": error", "exactly one YAML document"),
        // Names and shapes.
        Bad("unknown-theory", "theory: goldt2020.both-erf.eq15", "theory: no.such", ":6:", "unknown theory"),
        Bad("unknown-experiment", "experiment: goldt2020.linear-response-eta", "experiment: no.such", ":7:", "unknown experiment"),
        Bad("unknown-parameter", "  state: copies", "  state: copies\n  colour: red", ":15:", "unknown parameter"),
        Bad("unknown-check-kind", "  - agrees:", "  - agreez:", ":23:", "unknown check kind"),
        Bad("id-not-file-name", "id: goldt2020.both-erf.asymptotic-error-m1", "id: goldt2020.other", ":1:", "does not match the file name"),
        Bad("tier-unknown", "tags: [", "tier: nightly\ntags: [", ":5:", "tier must be"),
        Bad("bad-choice", "activation: erf", "activation: sigmoid", ":9:", "is not one of"),
        // Valid controls: the base specs, and the base as UTF-16 with a byte-order mark (must load: exit 0).
        new("valid-deterministic", false, b => b, ExitCodes.Ok, "", ""),
        new("valid-monte-carlo", true, b => b, ExitCodes.Ok, "", ""),
        new("valid-utf16-bom", false, b => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(b))).ToArray(), ExitCodes.Ok, "", ""),
        new("valid-crlf", false, b => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).ReplaceLineEndings("\r\n")), ExitCodes.Ok, "", ""),
    ];

    [Theory]
    [MemberData(nameof(SpecCases))]
    public void A_bad_spec_is_refused_with_its_location_and_nothing_is_written(SpecCase c)
    {
        var dir = TestPaths.NewTempDirectory();
        var (file, baseName) = c.MonteCarlo ? (McFile, "monte-carlo.yaml.txt") : (File, "deterministic.yaml.txt");
        var path = Path.Combine(dir, "specs", "goldt2020", file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, c.Mutate(System.IO.File.ReadAllBytes(Corpus(baseName))));
        var golden = Path.Combine(dir, "golden");
        Directory.CreateDirectory(golden);
        var before = Snapshot(dir);

        // `list` loads every spec as `run` does (same loader, same limits) but runs nothing.
        var (code, stdout, stderr) = CliTests.Run("list", "--specs", Path.Combine(dir, "specs"));

        code.Should().Be(c.Exit, stderr);
        if (c.Exit == ExitCodes.Ok) return;
        stdout.Should().BeEmpty();
        var message = stderr.Split('\n')[0];
        message.Should().StartWith(path, "the message names the file").And.Contain(file + c.Location).And.Contain(c.Fragment);
        stderr.Should().NotContain("   at ", "no stack trace");
        Snapshot(dir).Should().Equal(before, "nothing is written on bad input");
        Directory.EnumerateFileSystemEntries(golden).Should().BeEmpty();
    }

    /// <summary>A command-line case: arguments (with {specs}, {golden}, {report}, {file} and {dir} placeholders), the exit code, a message fragment.</summary>
    public sealed record OptionCase(string Name, string[] Args, int Exit, string Fragment)
    {
        public override string ToString() => Name;
    }

    private static OptionCase Opt(string name, string fragment, params string[] args) => new(name, args, ExitCodes.UsageError, fragment);

    public static TheoryData<OptionCase> OptionCases() =>
    [
        Opt("jobs-text", "--jobs", "run", "--jobs", "two"),
        Opt("jobs-zero", "--jobs must be at least 1", "run", "--jobs", "0"),
        Opt("jobs-negative", "--jobs must be at least 1", "run", "--jobs", "-1"),
        Opt("perturb-nan", "--perturb-theory", "run", "--perturb-theory", "NaN"),
        Opt("perturb-inf", "--perturb-theory", "run", "--perturb-theory", "Infinity"),
        Opt("perturb-one", "--perturb-theory", "run", "--perturb-theory", "1"),
        Opt("seed-negative", "--seed", "run", "--seed", "-1"),
        Opt("seed-float", "--seed", "run", "--seed", "1e3"),
        Opt("shard-out-of-range", "shard", "run", "--shard", "9/8"),
        Opt("max-work-zero", "--max-work must be a finite number > 0", "run", "--max-work", "0"),
        Opt("max-work-inf", "--max-work must be a finite number > 0", "run", "--max-work", "Infinity"),
        Opt("max-seeds-zero", "--max-seeds", "run", "--max-seeds", "0"),
        Opt("max-seeds-text", "--max-seeds", "run", "--max-seeds", "many"),
        Opt("tier-unknown", "nightly", "run", "--tier", "nightly"),
        Opt("report-under-a-file", "{file}", "run", "--report", "{file}/report"),
        Opt("report-is-a-file", "is a file", "run", "--report", "{file}"),
        Opt("golden-under-a-file", "{file}", "run", "--golden-dir", "{file}/golden"),
        Opt("specs-empty", "no spec files", "run", "--specs", "{dir}/empty"),
        Opt("specs-missing", "does not exist", "run", "--specs", "{dir}/missing"),
        Opt("specs-flat", "folder named after its paper", "list", "--specs", "{dir}/flat"),
        Opt("simulate-eta-overflow", "--lr must be a finite number", "simulate", "--eta", "1e400"),
        Opt("simulate-lr-nan", "--lr must be a finite number", "simulate", "--lr", "NaN"),
        Opt("simulate-dt-nan", "--dt must be a finite number", "simulate", "--dt", "NaN"),
        Opt("simulate-steps-inf", "--steps must be a finite number", "simulate", "--steps", "Infinity"),
        Opt("simulate-sigma-negative", "sigma", "simulate", "--sigma", "-1"),
        Opt("simulate-v0-without-both", "needs --both", "simulate", "--init", "explicit", "--q0", "1,0,0,1", "--r0", "0.1,0,0,0.1", "--v0", "1,1"),
        Opt("simulate-q0-without-explicit", "--init explicit", "simulate", "--q0", "1,0,0,1"),
        Opt("simulate-q0-text", "not a finite number", "simulate", "--init", "explicit", "--q0", "1,x,0,1", "--r0", "0,0,0,0"),
        Opt("simulate-n-huge", "MiB", "simulate", "--mode", "sgd", "-N", "1000000000"),
        Opt("simulate-work-above-limit", "--max-work", "simulate", "--mode", "sgd", "-N", "100000", "--steps", "1000"),
        Opt("simulate-rows-above-limit", "rows", "simulate", "--every", "1e-9"),
        Opt("simulate-output-under-a-file", "{file}", "simulate", "-o", "{file}/out.csv"),
        Opt("simulate-output-is-a-folder", "is a folder", "simulate", "-o", "{dir}"),
        Opt("simulate-max-work-nan", "--max-work must be a finite number > 0", "simulate", "--max-work", "NaN"),
        Opt("analyze-missing-file", "file not found", "analyze", "{dir}/nope.npy"),
        Opt("analyze-not-npy", "not a .npy file", "analyze", "{file}.npy"),
        Opt("merge-report-under-a-file", "{file}", "merge", "{dir}", "--report", "{file}/merged"),
        Opt("format-for-simulate", "'junit' not recognized", "simulate", "--format", "junit"),
    ];

    [Theory]
    [MemberData(nameof(OptionCases))]
    public void A_bad_option_or_path_exits_4_naming_it_before_any_work(OptionCase c)
    {
        var dir = TestPaths.NewTempDirectory();
        var specs = Path.Combine(dir, "specs", "goldt2020");
        Directory.CreateDirectory(specs);
        System.IO.File.Copy(Corpus("deterministic.yaml.txt"), Path.Combine(specs, File));
        Directory.CreateDirectory(Path.Combine(dir, "empty"));
        Directory.CreateDirectory(Path.Combine(dir, "flat"));
        System.IO.File.Copy(Corpus("deterministic.yaml.txt"), Path.Combine(dir, "flat", File));
        var aFile = Path.Combine(dir, "a-file");
        System.IO.File.WriteAllText(aFile, "not a folder");
        System.IO.File.WriteAllText(aFile + ".npy", "garbage");
        var golden = Path.Combine(dir, "golden");
        Directory.CreateDirectory(golden);
        string Fill(string s) => s.Replace("{file}", aFile).Replace("{dir}", dir);
        var args = c.Args.Select(Fill).ToList();
        // Options are per command: add the workspace options only where the command takes them.
        var accepts = CliCommands.Build().Commands.Single(x => x.Command.Name == args[0]).Command.Options.Select(o => o.Name).ToHashSet();
        if (accepts.Contains("--specs") && !args.Contains("--specs")) args.AddRange(["--specs", Path.Combine(dir, "specs")]);
        if (accepts.Contains("--golden-dir") && !args.Contains("--golden-dir")) args.AddRange(["--golden-dir", golden]);
        if (accepts.Contains("--no-progress")) args.Add("--no-progress");
        var before = Snapshot(dir);

        var (code, stdout, stderr) = CliTests.Run([.. args]);

        code.Should().Be(c.Exit, stderr);
        stderr.Should().Contain(Fill(c.Fragment)).And.NotContain("   at ", "no stack trace");
        stdout.Should().BeEmpty();
        Snapshot(dir).Should().Equal(before, "nothing is written on bad input");
    }

    private static string Corpus(string name) => Path.Combine(TestPaths.RepoRoot, "tests", "TheoryCheck.Cli.Tests", "BadInput", name);

    /// <summary>Every file below <paramref name="dir"/> with the hash of its bytes.</summary>
    internal static List<string> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => f + " " + Convert.ToHexString(SHA256.HashData(System.IO.File.ReadAllBytes(f)))).ToList();
}
