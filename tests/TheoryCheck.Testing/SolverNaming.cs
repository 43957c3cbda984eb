using System.Text;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Tests;

/// <summary>
/// The naming rule of MODULES.md: a solver's class is its registered name without the paper prefix (before the first
/// '.'), in PascalCase split on '.' and '-', plus <c>Theory</c> or <c>Experiment</c>:
/// <c>advani-saxe.rf.norm-bound</c> → <c>RfNormBoundTheory</c>.
/// </summary>
public static class SolverNaming
{
    /// <summary>The class name <paramref name="solver"/> must have.</summary>
    public static string ClassName(Solver solver)
    {
        var name = solver.Name;
        var rest = name.Contains('.') ? name[(name.IndexOf('.') + 1)..] : name;
        var sb = new StringBuilder();
        foreach (var word in rest.Split(['.', '-'], StringSplitOptions.RemoveEmptyEntries))
            sb.Append(char.ToUpperInvariant(word[0])).Append(word[1..]);
        return sb + (solver is Theory ? "Theory" : "Experiment");
    }
}
