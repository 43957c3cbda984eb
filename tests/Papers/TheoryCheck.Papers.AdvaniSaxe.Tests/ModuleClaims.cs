using TheoryCheck.Tests;

[assembly: ClaimsFolder("advani-saxe")]

namespace TheoryCheck.Papers.AdvaniSaxe.Tests;

/// <summary>The collection sharing the one quick-tier run of theory-specs/advani-saxe.</summary>
[CollectionDefinition(ClaimsCollection.Name)]
public sealed class ModuleClaimsCollection : ICollectionFixture<ShippedClaimsFixture>;

/// <summary>Every claim of theory-specs/advani-saxe: its declared status, its golden snapshot, and power against a theory 3% off.</summary>
[Collection(ClaimsCollection.Name)]
public sealed class ModuleShippedClaimsTests(ShippedClaimsFixture fixture) : ShippedClaimsTests(fixture);
