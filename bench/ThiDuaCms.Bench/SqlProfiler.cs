using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThiDuaCms.Bench;

/// <summary>One SQL command: its text, parameters, and the time from execution until its reader was disposed (rows read).</summary>
internal sealed record SqlSample(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, TimeSpan Elapsed);

/// <summary>
/// Records the SQL the site sends while <see cref="Enabled"/> (only with <c>--profile</c>, after the timed runs,
/// so it never weighs on the figures).
/// </summary>
internal sealed class SqlProfiler : DbCommandInterceptor
{
    private readonly Lock _gate = new();
    private readonly List<SqlSample> _samples = [];

    public bool Enabled { get; set; }

    /// <summary>Takes and forgets the commands recorded so far.</summary>
    public List<SqlSample> Take()
    {
        lock (_gate)
        {
            var taken = _samples.ToList();
            _samples.Clear();
            return taken;
        }
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Record(command, eventData.Duration);
        return result;
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command, eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command, TimeSpan elapsed)
    {
        if (!Enabled)
        {
            return;
        }
        var parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList();
        lock (_gate)
        {
            _samples.Add(new SqlSample(command.CommandText, parameters, elapsed));
        }
    }

    /// <summary>SQLite's plan for one recorded command, one line per step, indented by depth.</summary>
    public static List<string> ExplainQueryPlan(string connectionString, SqlSample sample)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sample.Sql;
        foreach (var (name, value) in sample.Parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        var depth = new Dictionary<long, int> { [0] = 0 };
        var lines = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var parent = reader.GetInt64(1);
            var level = depth.GetValueOrDefault(parent) + 1;
            depth[id] = level;
            lines.Add(new string(' ', level * 2) + reader.GetString(3));
        }
        return lines;
    }
}
