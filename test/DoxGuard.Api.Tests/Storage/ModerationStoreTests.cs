using DoxGuard.Storage;
using DoxGuard.Storage.Audit;
using DoxGuard.Tests.Support;

namespace DoxGuard.Tests.Storage;

public sealed class ModerationStoreTests
{
    private static NewCase Case(string postId, string severity = "high", int rank = 3, string author = "u1") => new()
    {
        PostId = postId,
        Author = author,
        Text = "post text",
        Action = "remove",
        Severity = severity,
        SeverityRank = rank,
        Labels = ["threat"],
        ResultJson = "{\"id\":\"" + postId + "\"}",
    };

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task VerifyAuditAsync_UntouchedLog_IsIntact(string backend)
    {
        await using IModerationStore store = Backends.Create(backend).OpenStore();
        await store.InitializeAsync();
        IReadOnlyList<CaseRecord> cases = await store.CreateCasesAsync([Case("p1"), Case("p2")], "engine");
        await store.DecideAsync(cases[0].Id, DecisionOutcomes.Confirm, "threat to a named person", "key_r");
        await store.CreateApiKeyAsync(Roles.Admin, "hash-1", "cli");

        AuditVerification result = await store.VerifyAuditAsync();

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(4, result.Entries);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task VerifyAuditAsync_EditedEntry_NamesIt(string backend)
    {
        TestDatabase db = Backends.Create(backend);
        await using IModerationStore store = db.OpenStore();
        await store.InitializeAsync();
        IReadOnlyList<CaseRecord> cases = await store.CreateCasesAsync([Case("p1"), Case("p2")], "engine");
        await store.DecideAsync(cases[1].Id, DecisionOutcomes.Overturn, "satire", "key_r");

        // An insider goes around the append-only trigger and rewrites history.
        await DisableAppendOnlyAsync(db);
        await db.ExecuteRawAsync("UPDATE audit_log SET details = 'case=x from=open reason=nothing to see' WHERE seq = 3");

        AuditVerification result = await store.VerifyAuditAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBadSeq);
        Assert.Contains("altered", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task VerifyAuditAsync_DeletedEntry_NamesTheGap(string backend)
    {
        TestDatabase db = Backends.Create(backend);
        await using IModerationStore store = db.OpenStore();
        await store.InitializeAsync();
        IReadOnlyList<CaseRecord> cases = await store.CreateCasesAsync([Case("p1"), Case("p2"), Case("p3")], "engine");
        await store.DecideAsync(cases[0].Id, DecisionOutcomes.Confirm, "dox", "key_r");

        await DisableAppendOnlyAsync(db);
        await db.ExecuteRawAsync("DELETE FROM audit_log WHERE seq = 2");

        AuditVerification result = await store.VerifyAuditAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(2, result.FirstBadSeq);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task AuditLog_UpdateOrDelete_IsRefusedByTheDatabase(string backend)
    {
        TestDatabase db = Backends.Create(backend);
        await using IModerationStore store = db.OpenStore();
        await store.InitializeAsync();
        await store.CreateApiKeyAsync(Roles.Ingest, "hash-1", "cli");

        await Assert.ThrowsAnyAsync<Exception>(() => db.ExecuteRawAsync("UPDATE audit_log SET actor = 'someone else'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.ExecuteRawAsync("DELETE FROM audit_log"));
        Assert.True((await store.VerifyAuditAsync()).IsIntact);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task CreateCasesAsync_OneBadCase_WritesNothing(string backend)
    {
        await using IModerationStore store = Backends.Create(backend).OpenStore();
        await store.InitializeAsync();
        NewCase broken = Case("p2") with { Text = null! };

        await Assert.ThrowsAnyAsync<Exception>(() => store.CreateCasesAsync([Case("p1"), broken], "engine"));

        Assert.Empty(await store.ListCasesAsync(new CaseQuery()));
        Assert.Empty(await store.ReadAuditAsync(0, 100));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task ListCasesAsync_Filters_MostSevereFirst(string backend)
    {
        await using IModerationStore store = Backends.Create(backend).OpenStore();
        await store.InitializeAsync();
        await store.CreateCasesAsync([Case("low", "medium", 2), Case("top", "critical", 4) with { Labels = ["bounty", "dox"] }, Case("mid", "high", 3)], "engine");

        IReadOnlyList<CaseRecord> all = await store.ListCasesAsync(new CaseQuery());
        IReadOnlyList<CaseRecord> dox = await store.ListCasesAsync(new CaseQuery { Label = "dox" });
        IReadOnlyList<CaseRecord> high = await store.ListCasesAsync(new CaseQuery { Severity = "high" });

        Assert.Equal(["top", "mid", "low"], all.Select(c => c.PostId));
        Assert.Equal(["top"], dox.Select(c => c.PostId));
        Assert.Equal(["mid"], high.Select(c => c.PostId));
        Assert.Equal(["bounty", "dox"], dox[0].Labels);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Appeal_ByAuthorThenReversed_RestoresThePost(string backend)
    {
        await using IModerationStore store = Backends.Create(backend).OpenStore();
        await store.InitializeAsync();
        CaseRecord c = (await store.CreateCasesAsync([Case("p1", author: "alice")], "engine"))[0];
        DecisionRecord decision = await store.DecideAsync(c.Id, DecisionOutcomes.Confirm, "threat", "key_r");

        await Assert.ThrowsAsync<StoreConflictException>(() => store.FileAppealAsync(c.Id, "mallory", "not mine", "key_i"));
        AppealRecord appeal = await store.FileAppealAsync(c.Id, "alice", "it was a song lyric", "key_i");
        await Assert.ThrowsAsync<StoreConflictException>(() => store.FileAppealAsync(c.Id, "alice", "again", "key_i"));
        AppealRecord resolved = await store.ResolveAppealAsync(appeal.Id, AppealOutcomes.Reversed, "lyric, no target", "key_r");

        Assert.Equal(decision.Id, appeal.DecisionId);
        Assert.Equal(AppealOutcomes.Reversed, resolved.Outcome);
        Assert.Equal(CaseStates.Overturned, (await store.GetCaseAsync(c.Id))!.State);
        Assert.Equal(
            ["case.opened", "decision.confirm", "appeal.filed", "appeal.reversed"],
            (await store.ReadAuditAsync(0, 100)).Select(e => e.Action));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task DecideAsync_AlreadyDecided_ConflictsAndWritesNothing(string backend)
    {
        await using IModerationStore store = Backends.Create(backend).OpenStore();
        await store.InitializeAsync();
        CaseRecord c = (await store.CreateCasesAsync([Case("p1")], "engine"))[0];
        await store.DecideAsync(c.Id, DecisionOutcomes.Overturn, "news report", "key_r");

        await Assert.ThrowsAsync<StoreConflictException>(() => store.DecideAsync(c.Id, DecisionOutcomes.Confirm, "changed my mind", "key_r"));

        Assert.Single(await store.ListDecisionsAsync(c.Id));
        Assert.Equal(2, (await store.ReadAuditAsync(0, 100)).Count);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task AppendAudit_ConcurrentWriters_KeepOneUnbrokenChain(string backend)
    {
        await using IModerationStore store = Backends.Create(backend).OpenStore();
        await store.InitializeAsync();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => store.AppendAuditAsync("key_a", "registry.imported", "registry", $"records={i}")));

        AuditVerification result = await store.VerifyAuditAsync();
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(40, result.Entries);
    }

    [Fact]
    public void ComputeHash_AnyFieldChanged_ChangesTheHash()
    {
        DateTimeOffset at = DateTimeOffset.Parse("2026-11-28T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        string baseline = AuditChain.ComputeHash(1, at, "a", "b", "c", "d", AuditChain.Genesis);

        Assert.NotEqual(baseline, AuditChain.ComputeHash(2, at, "a", "b", "c", "d", AuditChain.Genesis));
        Assert.NotEqual(baseline, AuditChain.ComputeHash(1, at.AddTicks(1), "a", "b", "c", "d", AuditChain.Genesis));
        Assert.NotEqual(baseline, AuditChain.ComputeHash(1, at, "ab", string.Empty, "c", "d", AuditChain.Genesis));
        Assert.NotEqual(baseline, AuditChain.ComputeHash(1, at, "a", "b", "c", "d", new string('1', 64)));
    }

    private static Task DisableAppendOnlyAsync(TestDatabase db) => db.ExecuteRawAsync(db.Backend == Backends.Postgres
        ? "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"
        : "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
}
