namespace ProgramBot.Application.Abstractions;

public sealed record StateWrite(string Key, string Json, string? ExpectedETag);
