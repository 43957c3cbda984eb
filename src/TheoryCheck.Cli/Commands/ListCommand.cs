using System.Text.Json;

namespace TheoryCheck.Cli.Commands;

/// <summary><c>theorycheck list</c>: the selected claims, as a table or as JSON (stdout only).</summary>
public static class ListCommand
{
    public static int Execute(CommandContext ctx, Selection selection, bool json)
    {
        var specs = selection.Apply(ctx.LoadSpecs());
        if (json)
        {
            var items = specs.Select(s => new
            {
                id = s.Id, paper = s.Paper, title = s.Title, tier = s.Tier.ToString().ToLowerInvariant(), tags = s.Tags,
                theory = s.Theory.Name, experiment = s.Experiment.Name, knownFailure = s.KnownFailure,
                file = Path.GetRelativePath(Directory.GetCurrentDirectory(), s.FilePath).Replace('\\', '/'),
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
