using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TheoryCheck.Papers.Mahoney.Analysis;

/// <summary>Renders weight-matrix reports as a text table or as JSON (schema <c>theorycheck/analyze/v1</c>; the tool's metric names).</summary>
public static class AnalysisWriter
{
    private static readonly (string Header, Func<WeightMatrixReport, string> Cell)[] Columns =
    [
        ("matrix", r => Path.GetFileName(r.Source)),
        ("N x M", r => $"{r.N} x {r.M}"),
        ("alpha", r => F(r.Alpha, "F3")),
        ("D", r => F(r.D, "F4")),
        ("xmin", r => F(r.Xmin, "G4")),
        ("lambda_max", r => F(r.LambdaMax, "G5")),
        ("log_spectral_norm", r => F(r.LogSpectralNorm, "F4")),
        ("log_norm", r => F(r.LogNorm, "F4")),
        ("alpha_weighted", r => F(r.AlphaWeighted, "F4")),
        ("log_alpha_norm", r => F(r.LogAlphaNorm, "F4")),
        ("stable_rank", r => F(r.StableRank, "F2")),
        ("entropy", r => F(r.Entropy, "F4")),
        ("num_spikes", r => r.NumSpikes?.ToString(CultureInfo.InvariantCulture) ?? "-"),
        ("sigma_mp", r => F(r.SigmaMp, "F4")),
        ("phase", r => r.Phase ?? "-"),
        ("warning", r => r.Warning.Length == 0 ? "-" : r.Warning),
    ];

    public static string Text(IReadOnlyList<WeightMatrixReport> reports, string backend)
    {
        var cells = reports.Select(r => Columns.Select(c => c.Cell(r)).ToArray()).ToList();
        var widths = Columns.Select((c, i) => Math.Max(c.Header.Length, cells.Select(row => row[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        var sb = new StringBuilder();
        // Text columns left-aligned, numbers right-aligned.
        string Line(IReadOnlyList<string> row) => string.Join("  ", row.Select((v, i) =>
            i is 0 or 1 or 14 or 15 ? v.PadRight(widths[i]) : v.PadLeft(widths[i]))).TrimEnd();
        sb.AppendLine(Line(Columns.Select(c => c.Header).ToArray()));
        sb.AppendLine(new string('-', widths.Sum() + 2 * (widths.Length - 1)));
        foreach (var row in cells) sb.AppendLine(Line(row));
        sb.AppendLine();
        sb.AppendLine($"{reports.Count} matrices; ESD of the raw WᵀW (squared singular values, M = smaller dimension); linear algebra: {backend}");
        return sb.ToString();
    }

    public static string Json(IReadOnlyList<WeightMatrixReport> reports, string backend, string toolVersion)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", "theorycheck/analyze/v1");
            w.WriteString("tool", toolVersion);
            w.WriteString("backend", backend);
            w.WriteStartArray("matrices");
            foreach (var r in reports)
            {
                w.WriteStartObject();
                w.WriteString("file", r.Source);
                w.WriteNumber("N", r.N);
                w.WriteNumber("M", r.M);
                Number(w, "alpha", r.Alpha);
                Number(w, "D", r.D);
                Number(w, "xmin", r.Xmin);
                Number(w, "sigma", r.Sigma);
                Number(w, "num_pl_spikes", r.NumPlSpikes);
                w.WriteString("warning", r.Warning);
                Number(w, "lambda_max", r.LambdaMax);
                Number(w, "log_spectral_norm", r.LogSpectralNorm);
                Number(w, "log_norm", r.LogNorm);
                Number(w, "alpha_weighted", r.AlphaWeighted);
                Number(w, "log_alpha_norm", r.LogAlphaNorm);
                Number(w, "stable_rank", r.StableRank);
                Number(w, "entropy", r.Entropy);
                w.WriteNumber("rank_loss", r.RankLoss);
                Number(w, "sigma_mp", r.SigmaMp);
                Number(w, "bulk_max", r.BulkMax);
                Number(w, "num_spikes", r.NumSpikes);
                Number(w, "mp_softrank", r.MpSoftrank);
                if (r.Phase is null) w.WriteNull("phase"); else w.WriteString("phase", r.Phase);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v && double.IsFinite(v)) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is int v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static string F(double? value, string format) =>
        value is double v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "-";
}
