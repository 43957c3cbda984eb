namespace TheoryCheck.Engine.Reports.Html;

/// <summary>The report's inline stylesheet: system fonts, readable tables, status colours, plots two per row on wide screens.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --odd: #8250df; --muted: #57606a; --line: #d0d7de; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 "DejaVu Sans", Arial, Helvetica, sans-serif; color: #1f2328; background: #fff; }
        header, main, footer { max-width: 1340px; margin: 0 auto; padding: 0 20px; }
        header { padding-top: 16px; border-bottom: 1px solid var(--line); }
        h1 { font-size: 22px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 28px 0 6px; }
        h3 { font-size: 15px; margin: 16px 0 6px; }
        a { color: #0969da; text-decoration: none; }
        a:hover { text-decoration: underline; }
        .meta { display: flex; flex-wrap: wrap; gap: 4px 22px; margin: 8px 0; color: var(--muted); }
        .meta b { color: #1f2328; font-weight: 600; }
        nav.index { margin: 10px 0; }
        #overview h2 { font-size: 15px; margin: 12px 0 2px; }
        #overview details { margin: 1px 0; }
        #overview details > summary { font-size: 14px; color: #1f2328; }
        #overview .tags { columns: 3 300px; }
        ul.lines { list-style: none; margin: 2px 0 6px; padding-left: 18px; }
        ul.lines li { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; line-height: 1.5; }
        ul.lines .decisive { font-size: 12.5px; color: var(--muted); }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; white-space: nowrap; }
        .st-reproduced { background: var(--ok); }
        .st-not-reproduced, .st-error { background: var(--bad); }
        .st-known-failure { background: var(--warn); }
        .st-unexpected-pass { background: var(--odd); }
        .st-skipped, .st-none { background: var(--muted); }
        table { border-collapse: collapse; margin: 6px 0; }
        th, td { border: 1px solid var(--line); padding: 3px 7px; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; font-weight: 600; }
        table.data td { font-variant-numeric: tabular-nums; text-align: right; white-space: nowrap; font-size: 12px; }
        table.data th { font-size: 12px; }
        .wide { overflow-x: auto; max-width: 100%; }
        section.claim { border-top: 2px solid var(--line); margin-top: 26px; }
        blockquote { margin: 6px 0; padding: 4px 12px; border-left: 4px solid var(--line); background: #f6f8fa; }
        .muted { color: var(--muted); }
        ul.checks { padding-left: 20px; }
        ul.checks li { margin: 4px 0; }
        .fail { color: var(--bad); font-weight: 600; }
        .pass { color: var(--ok); font-weight: 600; }
        .plots { display: flex; flex-wrap: wrap; gap: 18px; }
        figure { margin: 8px 0; max-width: 640px; flex: 1 1 560px; }
        figure svg { width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: 12.5px; color: var(--muted); margin: 4px 0; }
        .note { color: var(--warn); }
        details summary { cursor: pointer; color: #0969da; font-size: 12.5px; }
        footer { color: var(--muted); padding: 20px; font-size: 12px; }
        """;
}
