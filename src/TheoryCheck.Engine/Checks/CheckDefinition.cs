namespace TheoryCheck.Engine.Checks;

/// <summary>A check as the spec declares it. <see cref="Reason"/> says where its tolerance comes from.</summary>
public abstract record CheckDefinition(string Kind, string Reason, int Line)
{
    /// <summary>One line a person can read, e.g. "slope of experiment.ks in [-1, -0.7]".</summary>
    public abstract string Describe();

    /// <summary>Curves the check reads (<c>theory.NAME</c>, <c>experiment.NAME</c>): golden files record them.</summary>
    public virtual IEnumerable<string> CurvesRead => [];

    /// <summary>The kind that read this definition and evaluates it.</summary>
    public abstract ICheckKind Checker { get; }

    internal static string F(double v) => v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}
