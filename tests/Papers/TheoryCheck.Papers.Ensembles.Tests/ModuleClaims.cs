using TheoryCheck.Tests;

[assembly: ClaimsFolder("ensembles")]

namespace TheoryCheck.Papers.Ensembles.Tests;

/// <summary>The collection sharing the one quick-tier run of theory-specs/ensembles.</summary>
[CollectionDefinition(ClaimsCollection.Name)]
public sealed class ModuleClaimsCollection : ICollectionFixture<ShippedClaimsFixture>;

/// <summary>Every claim of theory-specs/ensembles: its declared status, its golden snapshot, and power against a theory 3% off.</summary>
[Collection(ClaimsCollection.Name)]
public sealed class ModuleShippedClaimsTests(ShippedClaimsFixture fixture) : ShippedClaimsTests(fixture);
