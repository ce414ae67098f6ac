using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Tests.UseCases;

/// <summary>Rows a test sets up or reads straight from the harness's database: conversations the bot can reach, outcomes.</summary>
public static class HarnessDatabase
{
    /// <summary>Stores the address of <paramref name="conversationId"/> in workspace tenant-a.</summary>
    public static Task<Result<Unit>> AddressAsync(this UseCaseHarness app, string conversationId) => app.Store.WriteAsync<Unit>(
        async (uow, ct) =>
        {
            var workspace = await uow.Workspaces.FindByExternalIdAsync("tenant-a", ct);
            await uow.ConversationAddresses.UpsertAsync(
                new ConversationAddress(workspace!.Id, conversationId, "msteams", "http://127.0.0.1:1/", "tenant-a", "28:bot", "ProgramBot"), app.Clock.GetUtcNow(), ct);
            return Unit.Value;
        },
        CancellationToken.None);

    /// <summary>Stores <paramref name="conversationId"/> as the personal chat of the member <paramref name="channelUserId"/>.</summary>
    public static async Task PersonalAsync(this UseCaseHarness app, string conversationId, string channelUserId)
    {
        await app.AddressAsync(conversationId);
        await using var connection = await OpenAsync(app);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE conversation_addresses SET conversation_type = 'personal', member_id = (SELECT id FROM members WHERE channel_user_id = $user) WHERE conversation_id = $conversation";
        command.Parameters.AddWithValue("$user", channelUserId);
        command.Parameters.AddWithValue("$conversation", conversationId);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of the first row of <paramref name="sql"/>, as text.</summary>
    public static async Task<string?> ScalarAsync(this UseCaseHarness app, string sql)
    {
        await using var connection = await OpenAsync(app);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    private static async Task<SqliteConnection> OpenAsync(UseCaseHarness app)
    {
        var connection = new SqliteConnection(app.Services.GetRequiredService<IConfiguration>()["ConnectionStrings:ProgramBot"]);
        await connection.OpenAsync();
        return connection;
    }
}
