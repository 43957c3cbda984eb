using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace TheoryCheck.Engine.Specs;

/// <summary>
/// Where a YAML syntax error is, for the errors YamlDotNet places badly: an undefined alias is reported at 1:1 (the
/// document), a tab in the indentation at the end of the line before it. We find the alias or the tab in the text.
/// </summary>
public static partial class YamlErrorLocation
{
    [GeneratedRegex(@"anchor '([^']+)' does not exist")]
    private static partial Regex UndefinedAnchor();

    public static (int Line, int Column) Of(YamlException e, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (UndefinedAnchor().Match(e.Message) is { Success: true } m)
        {
            var alias = new Regex(@"\*" + Regex.Escape(m.Groups[1].Value) + @"(?![^\s,\]\}])");
            for (var i = 0; i < lines.Length; i++)
                if (alias.Match(lines[i]) is { Success: true } hit) return (i + 1, hit.Index + 1);
        }
        if (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            for (var i = Math.Max(0, (int)e.Start.Line - 1); i < lines.Length; i++)
            {
                var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
                var tab = lines[i].IndexOf('\t', 0, indent);
                if (tab >= 0) return (i + 1, tab + 1);
            }
        }
        return ((int)e.Start.Line, (int)e.Start.Column);
    }
}
