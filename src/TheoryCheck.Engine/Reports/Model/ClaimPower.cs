using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Reports.Model;

/// <summary>A claim's statuses with every theory value a relative <see cref="Delta"/> too high and too low (<c>run --power</c>).</summary>
public sealed record ClaimPower(double Delta, ClaimStatus High, ClaimStatus Low)
{
    /// <summary>Both perturbed theories are "not reproduced": the checks would notice a theory off by δ either way.</summary>
    public bool BothWays => High == ClaimStatus.NotReproduced && Low == ClaimStatus.NotReproduced;

    /// <summary>δ in percent as the reports print it, e.g. "3%".</summary>
    public string Percent => (Delta * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>The directions the checks do not notice, e.g. "−3%".</summary>
    public IEnumerable<string> Blind()
    {
        if (High != ClaimStatus.NotReproduced) yield return "+" + Percent;
        if (Low != ClaimStatus.NotReproduced) yield return "−" + Percent;
    }
}
