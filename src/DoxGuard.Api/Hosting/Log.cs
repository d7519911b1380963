namespace DoxGuard.Api.Hosting;

/// <summary>
/// Every log line of the service. Only ids, counts, roles and verdicts are logged: never post text, entity values,
/// registry contents or API keys, so that the logs of a safety system cannot become a doxxing source.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Moderation store ready on {Backend}")]
    public static partial void StoreReady(ILogger logger, string backend);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Scanned {Count} post(s): {Cases} case(s) opened")]
    public static partial void Scanned(ILogger logger, int count, int cases);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Case {CaseId} opened: action {Action}, severity {Severity}")]
    public static partial void CaseOpened(ILogger logger, string caseId, string action, string severity);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Decision {DecisionId} on case {CaseId}: {Outcome} by key {KeyId}")]
    public static partial void Decided(ILogger logger, string decisionId, string caseId, string outcome, string keyId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Appeal {AppealId} on case {CaseId} filed")]
    public static partial void AppealFiled(ILogger logger, string appealId, string caseId);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Appeal {AppealId} resolved: {Outcome} by key {KeyId}")]
    public static partial void AppealResolved(ILogger logger, string appealId, string outcome, string keyId);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "API key {KeyId} created with role {Role} by {Actor}")]
    public static partial void KeyCreated(ILogger logger, string keyId, string role, string actor);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "API key {KeyId} revoked by {Actor}")]
    public static partial void KeyRevoked(ILogger logger, string keyId, string actor);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Information, Message = "Registry {Change} by key {KeyId}: {Count} record(s)")]
    public static partial void RegistryChanged(ILogger logger, string change, string keyId, int count);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning, Message = "Authentication failed: {Why}")]
    public static partial void AuthenticationFailed(ILogger logger, string why);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Rate limit hit by {Partition}")]
    public static partial void RateLimited(ILogger logger, string partition);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Rejected request to {Endpoint}: {Status} {Why}")]
    public static partial void Rejected(ILogger logger, string endpoint, int status, string why);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Error, Message = "Store operation {Operation} failed")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string operation);
}
