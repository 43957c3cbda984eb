using System.CommandLine;

namespace TheoryCheck.Cli.CommandLine;

/// <summary>
/// Options that several commands share, defined once so that they are spelled and described alike. A command adds the
/// ones that apply to it (<see cref="AddWorkspace"/>, <see cref="AddSelection"/>); logging options are global.
/// </summary>
public sealed class SharedOptions
{
    public readonly Option<string?> Specs = new("--specs") { HelpName = "DIR", Description = "spec folder; default: theory-specs here or above" };
    public readonly Option<string?> GoldenDir = new("--golden-dir") { HelpName = "DIR", Description = "golden folder; default: golden/ beside the specs" };
    public readonly Option<string[]> Filter = new("--filter", "-f") { HelpName = "GLOB", Description = "glob on claim ids (* and ?); repeatable", AllowMultipleArgumentsPerToken = false };
    public readonly Option<string[]> Tag = new("--tag", "-t") { HelpName = "TAG", Description = "only claims with this tag; repeatable" };
    public readonly Option<string> Tier = new("--tier") { Description = "quick (CI) or full (all claims)", DefaultValueFactory = _ => "quick" };
    /// <summary>Raises the seed limit of the spec loader (README "Bad input and limits").</summary>
    public readonly Option<long> MaxSeeds = new("--max-seeds") { HelpName = "N", Description = "refuse more seeds per point", DefaultValueFactory = _ => Engine.Specs.SpecLimits.Default.MaxSeeds };

    /// <summary>Raises the estimated-work limit (floating-point operations of a ladder, or of a simulate run).</summary>
    public readonly Option<double> MaxWork = new("--max-work") { HelpName = "FLOPS", Description = "refuse work estimated above this", DefaultValueFactory = _ => Engine.Specs.SpecLimits.Default.MaxOperations };

    /// <summary>Raises the memory limit one experiment run may allocate by its own estimate.</summary>
    public readonly Option<double> MaxMemory = new("--max-memory") { HelpName = "BYTES", Description = "refuse runs estimated above these bytes", DefaultValueFactory = _ => Engine.Specs.SpecLimits.Default.MaxMemoryBytes };

    public readonly Option<string> LogFormat = new("--log-format") { HelpName = "FORMAT", Description = "json, simple or systemd", DefaultValueFactory = _ => "simple", Recursive = true };
    public readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "debug logging", Recursive = true };

    public SharedOptions()
    {
        Tier.AcceptOnlyFromAmong("quick", "full");
        LogFormat.AcceptOnlyFromAmong("simple", "json", "systemd");
        MaxSeeds.Validators.Add(r => { if (OptionValues.Parsed<long>(r) is long m && (m < 1 || m > 100_000_000_000)) r.AddError("--max-seeds must be in [1, 1e11]"); });
        MaxWork.Validators.Add(r => { if (OptionValues.Parsed<double>(r) is double w && !(w > 0 && double.IsFinite(w))) r.AddError($"--max-work must be a finite number > 0, got {w}"); });
        MaxMemory.Validators.Add(r => { if (OptionValues.Parsed<double>(r) is double b && !(b > 0 && double.IsFinite(b))) r.AddError($"--max-memory must be a finite number > 0, got {b}"); });
        Filter.Validators.Add(r =>
        {
            foreach (var glob in r.GetValueOrDefault<string[]>() ?? [])
                if (Selection.GlobProblem(glob) is { } problem) r.AddError(problem);
        });
    }

    /// <summary>--specs and, for commands that read or write snapshots, --golden-dir.</summary>
    public void AddWorkspace(Command command, bool golden)
    {
        command.Options.Add(Specs);
        if (golden) command.Options.Add(GoldenDir);
        AddLimits(command);
    }

    /// <summary>--filter, --tag, --tier: which claims the command acts on.</summary>
    /// <summary>Adds the limit options (commands that load specs, and simulate for --max-work).</summary>
    public void AddLimits(Command command, bool seeds = true)
    {
        if (seeds) command.Options.Add(MaxSeeds);
        if (seeds) command.Options.Add(MaxMemory);
        command.Options.Add(MaxWork);
    }

    /// <summary>The limits the parse asks for; the defaults for a command without the options.</summary>
    public Engine.Specs.SpecLimits LimitsOf(ParseResult p)
    {
        var options = p.CommandResult.Command.Options;
        var seeds = options.Contains(MaxSeeds) ? p.GetValue(MaxSeeds) : Engine.Specs.SpecLimits.Default.MaxSeeds;
        var work = options.Contains(MaxWork) ? p.GetValue(MaxWork) : Engine.Specs.SpecLimits.Default.MaxOperations;
        var memory = options.Contains(MaxMemory) ? p.GetValue(MaxMemory) : Engine.Specs.SpecLimits.Default.MaxMemoryBytes;
        return Engine.Specs.SpecLimits.WithMaxSeeds(seeds).WithMaxOperations(work) with { MaxMemoryBytes = memory };
    }

    public void AddSelection(Command command)
    {
        command.Options.Add(Filter);
        command.Options.Add(Tag);
        command.Options.Add(Tier);
    }

    public Selection SelectionOf(ParseResult p) => new(p.GetValue(Filter) ?? [], p.GetValue(Tag) ?? [],
        p.GetValue(Tier) == "full" ? Engine.Specs.Tier.Full : Engine.Specs.Tier.Quick);

    /// <summary>The value of an option if the parsed command has it, else null (commands without --specs).</summary>
    public static string? IfPresent(ParseResult p, Option<string?> option) =>
        p.CommandResult.Command.Options.Contains(option) ? p.GetValue(option) : null;

    /// <summary>
    /// A variadic argument (files, solver names) swallows unknown options (<c>analyze a.npy --tier full</c> would read a
    /// file named --tier): refuse any token that starts with '-' and is not an existing file, as an unknown option (exit 4).
    /// </summary>
    public static void RefuseUnknownOptions(Argument<string[]> arguments) => arguments.Validators.Add(r =>
    {
        foreach (var token in r.Tokens.Select(t => t.Value).Where(v => v.StartsWith('-') && !File.Exists(v) && !Directory.Exists(v)))
            r.AddError($"unknown option '{token}' (see the command's --help)");
    });

    /// <summary>A --format option for commands that print text or JSON.</summary>
    public static Option<string> TextOrJson(string what)
    {
        var format = new Option<string>("--format") { Description = $"text, or json: {what} as JSON on stdout", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }
}
