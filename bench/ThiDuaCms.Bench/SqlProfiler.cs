using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThiDuaCms.Bench;

/// <summary>One SQL command: its text, parameters, and the time from just before execution until its reader was disposed (all rows read and materialized).</summary>
internal sealed record SqlSample(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, TimeSpan Elapsed);

/// <summary>
/// Records the SQL the site sends while <see cref="Enabled"/> (only with <c>--profile</c>, after the timed runs,
/// so it never weighs on the figures).
/// </summary>
internal sealed class SqlProfiler : DbCommandInterceptor
{
    private readonly Lock _gate = new();
    private readonly List<SqlSample> _samples = [];
    private readonly Dictionary<DbCommand, long> _started = [];

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

    // EF's own durations stop when the reader is returned; SQLite does much of its work while rows are read, so time
    // from before execution to the reader's disposal.
    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Start(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Start(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Record(command);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Start(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Start(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Start(DbCommand command)
    {
        if (Enabled)
        {
            lock (_gate)
            {
                _started[command] = Stopwatch.GetTimestamp();
            }
        }
    }

    private void Record(DbCommand command)
    {
        var end = Stopwatch.GetTimestamp();
        var parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList();
        lock (_gate)
        {
            if (_started.Remove(command, out var start))
            {
                _samples.Add(new SqlSample(command.CommandText, parameters, Stopwatch.GetElapsedTime(start, end)));
            }
        }
    }

    /// <summary>
    /// What SQLite alone takes for one recorded command (µs per execution, all rows read, on one open connection):
    /// with a new command each time, as EF Core and Microsoft.Data.Sqlite run it (the SQL is parsed and planned on
    /// every execution: Microsoft.Data.Sqlite keeps no prepared statements across commands, dotnet/efcore#14044), and
    /// with one command prepared once and re-executed.
    /// </summary>
    public static (double Fresh, double Prepared) MeasureStatement(string connectionString, SqlSample sample, int iterations)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        SqliteCommand NewCommand()
        {
            var command = connection.CreateCommand();
            command.CommandText = sample.Sql;
            foreach (var (name, value) in sample.Parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
            return command;
        }
        static void ReadAll(SqliteCommand command)
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }
            }
        }
        double Time(Action run)
        {
            run();
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < iterations; i++)
            {
                run();
            }
            return Stopwatch.GetElapsedTime(start).TotalMicroseconds / iterations;
        }
        var fresh = Time(() =>
        {
            using var command = NewCommand();
            ReadAll(command);
        });
        using var prepared = NewCommand();
        prepared.Prepare();
        return (fresh, Time(() => ReadAll(prepared)));
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

/// <summary>With <c>--profile</c>: times each Razor Page handler (OnGetAsync: the queries and their processing), so the rest is routing and rendering.</summary>
internal sealed class HandlerTiming : Microsoft.AspNetCore.Mvc.Filters.IAsyncPageFilter
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _samples = [];

    public bool Enabled { get; set; }

    public List<TimeSpan> Take()
    {
        lock (_gate)
        {
            var taken = _samples.ToList();
            _samples.Clear();
            return taken;
        }
    }

    public Task OnPageHandlerSelectionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        var start = Stopwatch.GetTimestamp();
        await next();
        if (Enabled)
        {
            var elapsed = Stopwatch.GetElapsedTime(start);
            lock (_gate)
            {
                _samples.Add(elapsed);
            }
        }
    }
}
