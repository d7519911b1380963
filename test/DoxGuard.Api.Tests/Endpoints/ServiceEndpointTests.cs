using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DoxGuard.Storage;
using DoxGuard.Tests.Support;

namespace DoxGuard.Tests.Endpoints;

public sealed class ServiceEndpointTests
{
    private const string ThreatPost = "[threat] he lives at the end of the road, call 773-555-0143";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) => (await ReadJsonAsync(response)).GetProperty("detail").GetString()!;

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Scan_HarmfulPost_ReturnsContractOutputAndOpensACase(string backend)
    {
        await using var factory = new ServiceFactory(Backends.Create(backend));
        HttpClient ingest = await factory.ClientAsync(Roles.Ingest);
        HttpClient reviewer = await factory.ClientAsync(Roles.Reviewer);

        HttpResponseMessage scan = await ingest.PostAsync("/v1/scan", Json(JsonSerializer.Serialize(new { id = "p1", text = ThreatPost, author = "u9" })));
        HttpResponseMessage harmless = await ingest.PostAsync("/v1/scan", Json("{\"id\": \"p2\", \"text\": \"nice weather today\"}"));
        JsonElement cases = await ReadJsonAsync(await reviewer.GetAsync("/v1/cases"));

        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        JsonElement result = await ReadJsonAsync(scan);
        Assert.Equal("p1", result.GetProperty("id").GetString());
        Assert.Equal("remove", result.GetProperty("action").GetString());
        Assert.Equal("high", result.GetProperty("severity").GetString());
        JsonElement phone = result.GetProperty("entities")[0];
        Assert.Equal("PHONE_NUMBER", phone.GetProperty("type").GetString());
        Assert.Equal("773-555-0143", ThreatPost[phone.GetProperty("start").GetInt32()..phone.GetProperty("end").GetInt32()]);
        Assert.Equal("allow", (await ReadJsonAsync(harmless)).GetProperty("action").GetString());
        JsonElement only = Assert.Single(cases.EnumerateArray());
        Assert.Equal("p1", only.GetProperty("post_id").GetString());
        Assert.Equal(ThreatPost, only.GetProperty("text").GetString());
        Assert.Equal("open", only.GetProperty("state").GetString());
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Decision_ConfirmThenAppeal_IsAuditedWithAStatementOfReasons(string backend)
    {
        await using var factory = new ServiceFactory(Backends.Create(backend));
        HttpClient ingest = await factory.ClientAsync(Roles.Ingest);
        HttpClient reviewer = await factory.ClientAsync(Roles.Reviewer);
        await ingest.PostAsync("/v1/scan", Json(JsonSerializer.Serialize(new { id = "p1", text = "[bounty] $500 for his address", author = "u9", lang = "en" })));
        string caseId = (await ReadJsonAsync(await reviewer.GetAsync("/v1/cases")))[0].GetProperty("id").GetString()!;

        HttpResponseMessage decided = await reviewer.PostAsync($"/v1/cases/{caseId}/decisions", Json("{\"outcome\": \"confirm\", \"reason\": \"bounty on a person\"}"));
        string decisionId = (await ReadJsonAsync(decided)).GetProperty("id").GetString()!;
        JsonElement statement = await ReadJsonAsync(await reviewer.GetAsync($"/v1/decisions/{decisionId}/statement-of-reasons"));
        HttpResponseMessage appealed = await ingest.PostAsync($"/v1/cases/{caseId}/appeals", Json("{\"author\": \"u9\", \"statement\": \"it was a joke\"}"));
        string appealId = (await ReadJsonAsync(appealed)).GetProperty("id").GetString()!;
        HttpResponseMessage resolved = await reviewer.PostAsync($"/v1/appeals/{appealId}/outcome", Json("{\"outcome\": \"upheld\", \"reason\": \"offer of money for an address\"}"));
        JsonElement audit = await ReadJsonAsync(await reviewer.GetAsync("/v1/audit"));
        JsonElement verify = await ReadJsonAsync(await reviewer.GetAsync("/v1/audit/verify"));

        Assert.Equal(HttpStatusCode.Created, decided.StatusCode);
        Assert.Equal(HttpStatusCode.Created, appealed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Equal("DECISION_VISIBILITY_CONTENT_REMOVED", statement.GetProperty("decision_visibility")[0].GetString());
        Assert.Equal("DECISION_GROUND_INCOMPATIBLE_CONTENT", statement.GetProperty("decision_ground").GetString());
        Assert.Equal("STATEMENT_CATEGORY_VIOLENCE", statement.GetProperty("category").GetString());
        Assert.Equal("KEYWORD_COORDINATED_HARM", statement.GetProperty("category_specification")[0].GetString());
        Assert.Equal("CONTENT_TYPE_TEXT", statement.GetProperty("content_type")[0].GetString());
        Assert.Equal("SOURCE_VOLUNTARY", statement.GetProperty("source_type").GetString());
        Assert.Equal("Yes", statement.GetProperty("automated_detection").GetString());
        Assert.Equal("AUTOMATED_DECISION_PARTIALLY", statement.GetProperty("automated_decision").GetString());
        Assert.Equal("EN", statement.GetProperty("content_language").GetString());
        Assert.Equal(decisionId, statement.GetProperty("puid").GetString());
        Assert.DoesNotContain("$500", statement.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(
            ["key.created", "key.created", "case.opened", "decision.confirm", "appeal.filed", "appeal.upheld"],
            audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("subject").GetString() == decisionId);
        Assert.True(verify.GetProperty("intact").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Cases_Filters_ByLabelSeverityAndState(string backend)
    {
        await using var factory = new ServiceFactory(Backends.Create(backend));
        HttpClient ingest = await factory.ClientAsync(Roles.Ingest);
        HttpClient reviewer = await factory.ClientAsync(Roles.Reviewer);
        await ingest.PostAsync("/v1/scan/batch", Json("""
            [{"id": "d", "text": "[dox] her number 773-555-0143"},
             {"id": "b", "text": "[bounty] money for him"},
             {"id": "t", "text": "[threat] watch out"},
             {"id": "ok", "text": "hello"}]
            """));

        async Task<string[]> Ids(string query) =>
            [.. (await ReadJsonAsync(await reviewer.GetAsync("/v1/cases" + query))).EnumerateArray().Select(c => c.GetProperty("post_id").GetString()!)];

        Assert.Equal(["b", "t", "d"], await Ids(string.Empty));
        Assert.Equal(["d"], await Ids("?label=dox"));
        Assert.Equal(["b"], await Ids("?severity=critical"));
        string tCase = (await ReadJsonAsync(await reviewer.GetAsync("/v1/cases?label=threat")))[0].GetProperty("id").GetString()!;
        await reviewer.PostAsync($"/v1/cases/{tCase}/decisions", Json("{\"outcome\": \"overturn\", \"reason\": \"quote in a news story\"}"));
        Assert.Equal(["t"], await Ids("?state=overturned"));
        Assert.Equal(["b", "d"], await Ids("?state=open"));
        HttpResponseMessage bad = await reviewer.GetAsync("/v1/cases?label=spam");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("dox, threat, bounty, coordination", await DetailAsync(bad), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatementOfReasons_OverturnedDecision_Is409()
    {
        await using var factory = new ServiceFactory(Backends.Create(Backends.Sqlite));
        HttpClient ingest = await factory.ClientAsync(Roles.Ingest);
        HttpClient reviewer = await factory.ClientAsync(Roles.Reviewer);
        await ingest.PostAsync("/v1/scan", Json("{\"id\":\"p\",\"text\":\"[dox] 773-555-0143\"}"));
        string caseId = (await ReadJsonAsync(await reviewer.GetAsync("/v1/cases")))[0].GetProperty("id").GetString()!;
        string decisionId = (await ReadJsonAsync(await reviewer.PostAsync($"/v1/cases/{caseId}/decisions", Json("{\"outcome\": \"overturn\", \"reason\": \"her own number\"}")))).GetProperty("id").GetString()!;

        HttpResponseMessage statement = await reviewer.GetAsync($"/v1/decisions/{decisionId}/statement-of-reasons");

        Assert.Equal(HttpStatusCode.Conflict, statement.StatusCode);
        Assert.Contains("restricts nothing", await DetailAsync(statement), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_DefaultEngine_IsWiredIn()
    {
        await using var factory = new DefaultEngineFactory(Backends.Create(Backends.Sqlite));
        HttpClient ingest = await factory.ClientAsync(Roles.Ingest);
        const string Text = "text me on 773-555-0143 tonight";

        JsonElement result = await ReadJsonAsync(await ingest.PostAsync("/v1/scan", Json(JsonSerializer.Serialize(new { id = "p", text = Text }))));

        JsonElement phone = result.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "PHONE_NUMBER");
        Assert.Equal("773-555-0143", Text[phone.GetProperty("start").GetInt32()..phone.GetProperty("end").GetInt32()]);
        Assert.Equal("+17735550143", phone.GetProperty("normalized").GetString());
    }

    [Fact]
    public async Task Auth_MissingUnknownOrWrongRole_Is401Or403()
    {
        await using var factory = new ServiceFactory(Backends.Create(Backends.Sqlite));
        HttpClient anonymous = factory.CreateClient();
        HttpClient unknown = factory.CreateClient();
        unknown.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "dg_not-a-key");
        HttpClient ingest = await factory.ClientAsync(Roles.Ingest);
        HttpClient reviewer = await factory.ClientAsync(Roles.Reviewer);
        HttpClient admin = await factory.ClientAsync(Roles.Admin);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/v1/scan", Json("{\"id\":\"a\",\"text\":\"b\"}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.PostAsync("/v1/scan", Json("{\"id\":\"a\",\"text\":\"b\"}"))).StatusCode);
        HttpResponseMessage forbidden = await reviewer.PostAsync("/v1/scan", Json("{\"id\":\"a\",\"text\":\"b\"}"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("'ingest'", await DetailAsync(forbidden), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await ingest.GetAsync("/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync("/v1/keys", Json("{\"role\":\"admin\"}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ingest.GetAsync("/v1/registry/count")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Keys_CreatedByAdmin_WorkAndRevokedStopWorking()
    {
        await using var factory = new ServiceFactory(Backends.Create(Backends.Sqlite));
        HttpClient admin = await factory.ClientAsync(Roles.Admin);

        JsonElement created = await ReadJsonAsync(await admin.PostAsync("/v1/keys", Json("{\"role\": \"ingest\"}")));
        HttpClient ingest = factory.CreateClient();
        ingest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.GetProperty("key").GetString());
        HttpStatusCode before = (await ingest.PostAsync("/v1/scan", Json("{\"id\":\"a\",\"text\":\"b\"}"))).StatusCode;
        HttpResponseMessage revoked = await admin.DeleteAsync($"/v1/keys/{created.GetProperty("id").GetString()}");
        HttpStatusCode after = (await ingest.PostAsync("/v1/scan", Json("{\"id\":\"a\",\"text\":\"b\"}"))).StatusCode;
        string keys = await admin.GetStringAsync("/v1/keys");

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
        Assert.DoesNotContain(created.GetProperty("key").GetString()!, keys, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", keys, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{\"id\": \"p1\", \"text\": ", "invalid JSON")]
    [InlineData("[1, 2]", "expected a JSON object")]
    [InlineData("{\"id\": \"p1\"}", "missing \"text\"")]
    [InlineData("{\"text\": \"hello\"}", "missing \"id\"")]
    [InlineData("{\"id\": 5, \"text\": \"hello\"}", "\"id\" must be a string")]
    public async Task Scan_MalformedBody_Is400SayingWhatToFix(string body, string expected)
    {
        await using var factory = new ServiceFactory(Backends.Create(Backends.Sqlite));
        HttpClient ingest = await factory.ClientAsync(Roles.Ingest);

        HttpResponseMessage response = await ingest.PostAsync("/v1/scan", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_MixedItems_OneRecordPerItemInOrder()
    {
        await using var factory = new ServiceFactory(Backends.Create(Backends.Sqlite));
        HttpClient ingest = await factory.ClientAsync(Roles.Ingest);

        JsonElement results = await ReadJsonAsync(await ingest.PostAsync("/v1/scan/batch", Json("[{\"id\":\"a\",\"text\":\"hi\"}, 7, {\"id\":\"c\"}, {\"id\":\"d\",\"text\":\"[threat] x\"}]")));

        Assert.Equal(["a", "line:2", "c", "d"], results.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("allow", results[0].GetProperty("action").GetString());
        Assert.True(results[1].TryGetProperty("error", out _));
        Assert.Contains("missing \"text\"", results[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("remove", results[3].GetProperty("action").GetString());
    }

    [Fact]
    public async Task Batch_OverTheLimit_Is400AndOpensNoCase()
    {
        await using var factory = new ServiceFactory(Backends.Create(Backends.Sqlite), new Dictionary<string, string?> { ["Service:MaxBatchSize"] = "3" });
        HttpClient ingest = await factory.ClientAsync(Roles.Ingest);
        HttpClient reviewer = await factory.ClientAsync(Roles.Reviewer);
        string four = "[" + string.Join(",", Enumerable.Range(0, 4).Select(i => $"{{\"id\":\"p{i}\",\"text\":\"[threat] {i}\"}}")) + "]";

        HttpResponseMessage response = await ingest.PostAsync("/v1/scan/batch", Json(four));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 3", await DetailAsync(response), StringComparison.Ordinal);
        Assert.Equal("[]", await reviewer.GetStringAsync("/v1/cases"));
    }

    [Fact]
    public async Task Scan_BodyOverTheLimit_Is413()
    {
        await using var factory = new ServiceFactory(Backends.Create(Backends.Sqlite), new Dictionary<string, string?> { ["Service:MaxRequestBodyBytes"] = "2048" });
        HttpClient ingest = await factory.ClientAsync(Roles.Ingest);

        HttpResponseMessage response = await ingest.PostAsync("/v1/scan", Json(JsonSerializer.Serialize(new { id = "p", text = new string('a', 5000) })));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("2048 bytes", await DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_TextOverTheLimit_Is400NamingTheLimit()
    {
        await using var factory = new ServiceFactory(Backends.Create(Backends.Sqlite), new Dictionary<string, string?> { ["Service:MaxTextBytes"] = "100" });
        HttpClient ingest = await factory.ClientAsync(Roles.Ingest);

        HttpResponseMessage response = await ingest.PostAsync("/v1/scan", Json(JsonSerializer.Serialize(new { id = "p", text = new string('a', 101) })));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("limit of 100 bytes", await DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimit_PerKey_Is429ForThatKeyOnly()
    {
        await using var factory = new ServiceFactory(Backends.Create(Backends.Sqlite), new Dictionary<string, string?> { ["Service:RateLimitPerSecond"] = "5" });
        HttpClient first = await factory.ClientAsync(Roles.Ingest);
        HttpClient second = await factory.ClientAsync(Roles.Ingest);

        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 30; i++)
        {
            statuses.Add((await first.PostAsync("/v1/scan", Json("{\"id\":\"a\",\"text\":\"b\"}"))).StatusCode);
        }

        HttpResponseMessage other = await second.PostAsync("/v1/scan", Json("{\"id\":\"a\",\"text\":\"b\"}"));

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Decision_BadOutcomeOrMissingReason_Is400AndNothingIsWritten()
    {
        await using var factory = new ServiceFactory(Backends.Create(Backends.Sqlite));
        HttpClient ingest = await factory.ClientAsync(Roles.Ingest);
        HttpClient reviewer = await factory.ClientAsync(Roles.Reviewer);
        await ingest.PostAsync("/v1/scan", Json("{\"id\":\"p\",\"text\":\"[threat] x\"}"));
        string caseId = (await ReadJsonAsync(await reviewer.GetAsync("/v1/cases")))[0].GetProperty("id").GetString()!;
        int auditBefore = (await ReadJsonAsync(await reviewer.GetAsync("/v1/audit"))).GetArrayLength();

        HttpResponseMessage badOutcome = await reviewer.PostAsync($"/v1/cases/{caseId}/decisions", Json("{\"outcome\": \"delete\", \"reason\": \"x\"}"));
        HttpResponseMessage noReason = await reviewer.PostAsync($"/v1/cases/{caseId}/decisions", Json("{\"outcome\": \"confirm\"}"));
        HttpResponseMessage notJson = await reviewer.PostAsync($"/v1/cases/{caseId}/decisions", Json("{outcome: confirm}"));
        HttpResponseMessage noCase = await reviewer.PostAsync("/v1/cases/case_nope/decisions", Json("{\"outcome\": \"confirm\", \"reason\": \"x\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, badOutcome.StatusCode);
        Assert.Contains("confirm, overturn or escalate", await DetailAsync(badOutcome), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("\"reason\" is required", await DetailAsync(noReason), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("invalid JSON", await DetailAsync(notJson), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, noCase.StatusCode);
        Assert.Equal(auditBefore, (await ReadJsonAsync(await reviewer.GetAsync("/v1/audit"))).GetArrayLength());
        Assert.Equal("open", (await ReadJsonAsync(await reviewer.GetAsync($"/v1/cases/{caseId}"))).GetProperty("case").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Logs_NeverContainPostTextOrEntityValues()
    {
        await using var factory = new ServiceFactory(Backends.Create(Backends.Sqlite));
        HttpClient ingest = await factory.ClientAsync(Roles.Ingest);
        HttpClient reviewer = await factory.ClientAsync(Roles.Reviewer);
        const string Secretive = "[dox] [threat] Zebulon Quartermaine 312-555-0199";

        await ingest.PostAsync("/v1/scan", Json(JsonSerializer.Serialize(new { id = "p1", text = Secretive, author = "u1" })));
        await ingest.PostAsync("/v1/scan/batch", Json(JsonSerializer.Serialize(new[] { new { id = "p2", text = Secretive } })));
        await ingest.PostAsync("/v1/scan", Json("{\"id\": \"p3\", \"text\": \"Zebulon 312-555-0199\", oops}"));
        string caseId = (await ReadJsonAsync(await reviewer.GetAsync("/v1/cases")))[0].GetProperty("id").GetString()!;
        await reviewer.PostAsync($"/v1/cases/{caseId}/decisions", Json("{\"outcome\": \"confirm\", \"reason\": \"dox\"}"));

        Assert.Contains(factory.Logs.Lines, l => l.Contains("opened", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains("Zebulon", StringComparison.Ordinal) || l.Contains("555-0199", StringComparison.Ordinal) || l.Contains("+13125550199", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApi_DocumentsTheEndpointsAndTheBrowserIsServed()
    {
        await using var factory = new ServiceFactory(Backends.Create(Backends.Sqlite));
        HttpClient client = factory.CreateClient();

        JsonElement doc = await ReadJsonAsync(await client.GetAsync("/openapi/v1.json"));
        HttpResponseMessage swagger = await client.GetAsync("/swagger/index.html");
        HttpResponseMessage console = await client.GetAsync("/");

        JsonElement paths = doc.GetProperty("paths");
        foreach (string path in new[] { "/v1/scan", "/v1/scan/batch", "/health", "/v1/cases", "/v1/cases/{id}/decisions", "/v1/cases/{id}/appeals", "/v1/decisions/{id}/statement-of-reasons", "/v1/registry/import", "/v1/registry/count", "/v1/audit" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lacks {path}");
        }

        Assert.Equal("bearer", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("scheme").GetString());
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.Contains("DoxGuard", await console.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registry_WithoutAKey_Is503AndSaysWhatToSet()
    {
        await using var factory = new ServiceFactory(Backends.Create(Backends.Sqlite), new Dictionary<string, string?> { ["Service:RegistryKeyFile"] = "/nonexistent/registry.key" });
        HttpClient admin = await factory.ClientAsync(Roles.Admin);

        HttpResponseMessage import = await admin.PostAsync("/v1/registry/import", new StringContent("{}\n", Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, import.StatusCode);
        Assert.Contains("registry key", await DetailAsync(import), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Registry_ImportMatchRemove_AuditedAndNeverShown(string backend)
    {
        await using var factory = new ServiceFactory(Backends.Create(backend));
        HttpClient admin = await factory.ClientAsync(Roles.Admin);
        HttpClient ingest = await factory.ClientAsync(Roles.Ingest);
        HttpClient reviewer = await factory.ClientAsync(Roles.Reviewer);
        const string Records = "{\"id\": \"r1\", \"names\": [\"Dana Whitfield\"], \"phones\": [\"+1 773-555-0143\"]}\n{\"id\": \"r2\", \"phones\": 5}\n";
        const string Post = "[dox] ring 773-555-0143 tonight";

        HttpResponseMessage import = await admin.PostAsync("/v1/registry/import", new StringContent(Records, Encoding.UTF8, "application/x-ndjson"));
        JsonElement imported = await ReadJsonAsync(import);
        JsonElement scanned = await ReadJsonAsync(await ingest.PostAsync("/v1/scan", Json(JsonSerializer.Serialize(new { id = "p1", text = Post }))));
        JsonElement caseView = (await ReadJsonAsync(await reviewer.GetAsync("/v1/cases")))[0];
        long countBefore = (await ReadJsonAsync(await admin.GetAsync("/v1/registry/count"))).GetProperty("count").GetInt64();
        HttpResponseMessage removed = await admin.DeleteAsync("/v1/registry/r1");
        JsonElement rescanned = await ReadJsonAsync(await ingest.PostAsync("/v1/scan", Json(JsonSerializer.Serialize(new { id = "p2", text = Post }))));
        string audit = await admin.GetStringAsync("/v1/audit");

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(1, imported.GetProperty("imported").GetInt32());
        Assert.Equal(2, imported.GetProperty("errors")[0].GetProperty("line").GetInt32());
        Assert.Equal(1, countBefore);
        Assert.Equal("r1", scanned.GetProperty("entities")[0].GetProperty("protected").GetString());
        Assert.True(caseView.GetProperty("result").GetProperty("entities")[0].GetProperty("protected").GetBoolean());
        Assert.DoesNotContain("r1", caseView.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.False(rescanned.GetProperty("entities")[0].TryGetProperty("protected", out _));
        Assert.Contains("registry.imported", audit, StringComparison.Ordinal);
        Assert.Contains("registry.removed", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("Dana", audit, StringComparison.Ordinal);
        // The registered phone in the forms a leak would take; not a bare "555", which a timestamp's ticks can contain.
        foreach (string detail in new[] { "773-555-0143", "7735550143", "+17735550143", "555-0143", "Whitfield" })
        {
            Assert.DoesNotContain(detail, audit, StringComparison.Ordinal);
        }
    }
}
