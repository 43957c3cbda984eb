using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Engine.Registry;

/// <summary>A malformed <c>paper.yaml</c>: names the assembly and the line.</summary>
public sealed class PaperYamlException(string assembly, int line, string reason)
    : Exception($"{assembly}: paper.yaml line {line}: {reason}")
{
    public string Assembly { get; } = assembly;
    public int Line { get; } = line;
}

/// <summary>
/// Reads the <c>paper.yaml</c> a module embeds (LogicalName <c>paper.yaml</c>):
/// <code>
/// module: advani-saxe
/// title: …
/// references:
///   - key: …
///     authors: [A, B]
///     title: …
///     venue: …
///     year: 2020
///     arxiv: "1710.03667"
///     doi: …
///     url: …
/// </code>
/// module, title and references are required, and every reference needs key, authors and title; any other key is an error.
/// </summary>
public static class PaperYaml
{
    /// <summary>The manifest resource name a module's paper.yaml is embedded under.</summary>
    public const string ResourceName = "paper.yaml";

    private static readonly ConcurrentDictionary<Assembly, PaperModule> Cache = new();
    private static readonly string[] ModuleKeys = ["module", "title", "references"];
    private static readonly string[] ReferenceKeys = ["key", "authors", "title", "venue", "year", "arxiv", "doi", "url"];

    /// <summary>The module's citation from its embedded paper.yaml (cached), or a bare module named after the assembly.</summary>
    public static PaperModule Read(Assembly assembly) => Cache.GetOrAdd(assembly, a =>
    {
        var name = a.GetName().Name ?? a.FullName ?? "assembly";
        using var stream = a.GetManifestResourceStream(ResourceName);
        if (stream is null) return new PaperModule(name, null, [], a, []);
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), name) with { Assembly = a };
    });

    /// <summary>Parses paper.yaml text; <paramref name="assembly"/> names the source in errors.</summary>
    public static PaperModule Parse(string yaml, string assembly)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new PaperYamlException(assembly, (int)e.Start.Line, "not valid YAML: " + e.Message);
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new PaperYamlException(assembly, 1, "expected one mapping with module, title and references");
        Keys(root, ModuleKeys, assembly);
        var module = Text(root, "module", assembly, required: true)!;
        var title = Text(root, "title", assembly, required: true)!;
        if (Get(root, "references") is not YamlSequenceNode list)
            throw new PaperYamlException(assembly, Line(Get(root, "references") ?? root), "'references' must be a list of references");
        var references = new List<PaperReference>();
        foreach (var item in list)
        {
            if (item is not YamlMappingNode r)
                throw new PaperYamlException(assembly, Line(item), "a reference must be a mapping (key, authors, title, …)");
            Keys(r, ReferenceKeys, assembly);
            var key = Text(r, "key", assembly, required: true)!;
            if (references.Any(x => x.Key == key))
                throw new PaperYamlException(assembly, Line(Get(r, "key")!), $"reference key '{key}' is given twice");
            // Authors may be omitted for an unsigned source (lecture slides, blog notes that name no author); if given,
            // they are a non-empty list of names.
            var authorsNode = Get(r, "authors");
            if (authorsNode is not null && (authorsNode is not YamlSequenceNode given || given.Children.Count == 0
                || given.Children.Any(a => a is not YamlScalarNode { Value.Length: > 0 })))
                throw new PaperYamlException(assembly, Line(authorsNode), $"reference '{key}': 'authors' must be a non-empty list of names (or omitted for an unsigned source)");
            var authors = authorsNode is YamlSequenceNode names ? names.Children.Select(a => ((YamlScalarNode)a).Value!).ToList() : [];
            int? year = null;
            if (Text(r, "year", assembly, required: false) is { } y)
            {
                if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1000 || parsed > 9999)
                    throw new PaperYamlException(assembly, Line(Get(r, "year")!), $"reference '{key}': year '{y}' is not a four-digit year");
                year = parsed;
            }
            references.Add(new PaperReference(key, authors,
                Text(r, "title", assembly, required: true)!, Text(r, "venue", assembly, false), year,
                Text(r, "arxiv", assembly, false), Text(r, "doi", assembly, false), Text(r, "url", assembly, false)));
        }
        return new PaperModule(module, title, references, typeof(PaperYaml).Assembly, []);
    }

    private static void Keys(YamlMappingNode node, string[] allowed, string assembly)
    {
        foreach (var (k, _) in node.Children)
            if (k is not YamlScalarNode { Value: { } name } || !allowed.Contains(name))
                throw new PaperYamlException(assembly, Line(k), $"unknown key '{(k as YamlScalarNode)?.Value}' (allowed: {string.Join(", ", allowed)})");
    }

    private static YamlNode? Get(YamlMappingNode node, string key) =>
        node.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: var v } && v == key).Value;

    private static string? Text(YamlMappingNode node, string key, string assembly, bool required)
    {
        switch (Get(node, key))
        {
            case null when required:
                throw new PaperYamlException(assembly, Line(node), $"'{key}' is required");
            case null:
                return null;
            case YamlScalarNode { Value: { Length: > 0 } v }:
                return v.Trim();
            case var other:
                throw new PaperYamlException(assembly, Line(other), $"'{key}' must be a non-empty text");
        }
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
