using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports.Model;

/// <summary>A claim's statuses with every theory value a relative <see cref="Delta"/> too high and too low (<c>run --power</c>).</summary>
public sealed record ClaimPower(double Delta, ClaimStatus High, ClaimStatus Low)
{
    /// <summary>Both perturbed theories are "not reproduced": the checks would notice a theory off by δ either way.</summary>
    public bool BothWays => High == ClaimStatus.NotReproduced && Low == ClaimStatus.NotReproduced;

    /// <summary>The directions the checks do not notice, e.g. "−3%".</summary>
    public IEnumerable<string> Blind()
    {
        var pct = (Delta * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        if (High != ClaimStatus.NotReproduced) yield return "+" + pct + "%";
        if (Low != ClaimStatus.NotReproduced) yield return "−" + pct + "%";
    }
}
