namespace ProgramBot.Application.Abstractions;

public sealed record StateEntry(string Json, string ETag);
