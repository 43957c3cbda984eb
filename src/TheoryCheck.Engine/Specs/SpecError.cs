namespace TheoryCheck.Engine.Specs;

/// <summary>One problem in an input file, located to the line and column (1-based; 0 when unknown).</summary>
public sealed record SpecError(string File, int Line, int Column, string Message)
{
    /// <summary>The compiler-style form editors and CI annotations understand: <c>file:line:col: error: message</c>.</summary>
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}:{Column}: error: {Message}" : $"{File}: error: {Message}";
}

/// <summary>Thrown when input files are invalid; carries every problem found, so a user fixes them in one pass.</summary>
public sealed class SpecException(IReadOnlyList<SpecError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
{
    public IReadOnlyList<SpecError> Errors { get; } = errors;

    public SpecException(SpecError error) : this([error]) { }
}
