using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DoxGuard.Analysis;
using DoxGuard.Api;
using DoxGuard.Api.Auth;
using DoxGuard.Storage;
using DoxGuard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DoxGuard.Tests.Browser;

/// <summary>
/// The review console end to end: the real server on a loopback port, Debian's Chromium driven by Playwright (no
/// browser download is possible, so the executable path points at the distribution's package).
/// </summary>
public sealed class ReviewConsoleBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task Console_DecideWithKeyboard_DecisionIsInTheAuditLog()
    {
        TestDatabase db = Backends.Create(Backends.Sqlite);
        await using WebApplication app = ServiceApp.Build([], new Dictionary<string, string?>(db.Settings()) { ["urls"] = "http://127.0.0.1:0" },
            services => services.AddSingleton<ScanEngine>(_ => TestEngine.Create()));
        await app.StartAsync();
        string baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        IModerationStore store = app.Services.GetRequiredService<IModerationStore>();
        (_, string ingestKey) = await ApiKeys.CreateAsync(store, Roles.Ingest, "test");
        (_, string reviewerKey) = await ApiKeys.CreateAsync(store, Roles.Reviewer, "test");

        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ingestKey);
        const string Threat = "[threat] I know where she lives, ring 773-555-0143 and tell her 😡 she's next";
        const string Bounty = "[bounty] $200 to whoever posts his home address";
        Assert.True((await http.PostAsync("/v1/scan", Content(new { id = "post-threat", text = Threat, author = "u1" }))).IsSuccessStatusCode);
        Assert.True((await http.PostAsync("/v1/scan", Content(new { id = "post-bounty", text = Bounty, author = "u2" }))).IsSuccessStatusCode);

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        await page.GotoAsync(baseUrl);

        await page.FillAsync("#key-input", reviewerKey);
        await page.ClickAsync("#login-form button[type=submit]");
        await page.WaitForSelectorAsync(".case-item");
        Assert.False(await page.Locator("#login").IsVisibleAsync());

        // Most severe first: the critical bounty, then the high threat.
        Assert.Equal(2, await page.Locator(".case-item").CountAsync());
        Assert.Contains("post-bounty", await page.Locator(".case-item").Nth(0).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("selected", await page.Locator(".case-item").Nth(0).GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);

        await page.Keyboard.PressAsync("j");
        await page.WaitForSelectorAsync(".case-item.selected >> text=post-threat");
        await page.WaitForSelectorAsync("#post-text mark.entity");
        // The highlight sits exactly on the phone number although an emoji (two UTF-16 units) follows it.
        Assert.Equal("773-555-0143", await page.Locator("#post-text mark.entity").First.TextContentAsync());
        Assert.Equal("PHONE_NUMBER", await page.Locator("#post-text mark.entity").First.GetAttributeAsync("data-type"));
        Assert.Equal(Threat, await page.Locator("#post-text").TextContentAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "doxguard-console.png") });

        await page.Keyboard.PressAsync("c");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.case-item').length === 1");
        Assert.Contains("post-bounty", await page.Locator(".case-item").InnerTextAsync(), StringComparison.Ordinal);

        using var reviewer = new HttpClient { BaseAddress = new Uri(baseUrl) };
        reviewer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", reviewerKey);
        JsonElement confirmed = (await reviewer.GetFromJsonAsync<JsonElement>("/v1/cases?state=confirmed"))[0];
        string caseId = confirmed.GetProperty("id").GetString()!;
        JsonElement audit = await reviewer.GetFromJsonAsync<JsonElement>("/v1/audit");
        JsonElement entry = audit.EnumerateArray().Single(e => e.GetProperty("action").GetString() == "decision.confirm");

        Assert.Equal("post-threat", confirmed.GetProperty("post_id").GetString());
        Assert.Contains($"case={caseId}", entry.GetProperty("details").GetString(), StringComparison.Ordinal);
        Assert.True((await reviewer.GetFromJsonAsync<JsonElement>("/v1/audit/verify")).GetProperty("intact").GetBoolean());

        // The author appeals through the platform; the reviewer reverses it from the Appeals tab.
        Assert.True((await http.PostAsync($"/v1/cases/{caseId}/appeals", Content(new { author = "u1", statement = "that was a song lyric" }))).IsSuccessStatusCode);
        await page.ClickAsync("#tab-appeals");
        await page.WaitForSelectorAsync("#appeal-list li >> text=that was a song lyric");
        await page.FillAsync("#appeal-list li input", "lyric quoted, no real target");
        await page.ClickAsync("#appeal-list li button.overturn");
        await page.WaitForSelectorAsync("#appeal-list >> text=No pending appeals.");

        JsonElement restored = await reviewer.GetFromJsonAsync<JsonElement>($"/v1/cases/{caseId}");
        Assert.Equal("overturned", restored.GetProperty("case").GetProperty("state").GetString());
        Assert.Equal("reversed", restored.GetProperty("appeals")[0].GetProperty("outcome").GetString());
        await app.StopAsync();
    }

    private static StringContent Content(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}
