using System.CommandLine;
using System.Text.Json;
using TheoryCheck.Cli.CommandLine;

namespace TheoryCheck.Cli.Commands;

/// <summary><c>theorycheck list</c>: the selected claims, as a table or as JSON (stdout only).</summary>
public sealed class ListCommand : ICliCommand
{
    private readonly SharedOptions _shared;
    private readonly Option<string> _format = SharedOptions.TextOrJson("the claims");

    public Command Command { get; }

    public ListCommand(SharedOptions shared)
    {
        _shared = shared;
        Command = new Command("list", "list the claims (quick tier unless --tier full)");
        shared.AddWorkspace(Command, golden: false);
        shared.AddSelection(Command);
        Command.Options.Add(_format);
    }

    public int Execute(CommandContext ctx, ParseResult p) => Execute(ctx, _shared.SelectionOf(p), p.GetValue(_format) == "json");

    public static int Execute(CommandContext ctx, Selection selection, bool json)
    {
        var all = ctx.LoadSpecs();
        var specs = selection.Apply(all);
        // Say what the tier hides: a quick-tier list is not the whole suite.
        var hidden = selection.HiddenByTier(all);
        if (hidden > 0) ctx.Error.WriteLine($"{specs.Count} claims listed; {hidden} full-tier claim(s) matching the selection are hidden (--tier full lists them)");
        if (json)
        {
            var items = specs.Select(s => new
            {
                id = s.Id, paper = s.Paper, title = s.Title, tier = s.Tier.ToString().ToLowerInvariant(), tags = s.Tags,
                theory = s.Theory.Name, experiment = s.Experiment.Name, knownFailure = s.KnownFailure,
                file = Engine.DisplayPath.Of(s.FilePath),
            });
            ctx.Output.WriteLine(JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            var width = specs.Select(s => s.Id.Length).DefaultIfEmpty(10).Max();
            foreach (var s in specs)
                ctx.Output.WriteLine($"{s.Id.PadRight(width)}  {s.Tier.ToString().ToLowerInvariant(),-5}  {s.Title}");
        }
        return specs.Count == 0 ? ExitCodes.NothingSelected : ExitCodes.Ok;
    }
}
