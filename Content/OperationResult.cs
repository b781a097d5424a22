namespace ThiDuaCms.Content;

/// <summary>The outcome of a service command: success, or a Vietnamese message for the person who asked.</summary>
public record OperationResult(bool Succeeded, string? Error, string? Field = null)
{
    public static OperationResult Ok() => new(true, null);
    public static OperationResult Fail(string error, string? field = null) => new(false, error, field);
}

public sealed record OperationResult<T>(bool Succeeded, T? Value, string? Error, string? Field = null)
    : OperationResult(Succeeded, Error, Field)
{
    public static OperationResult<T> Ok(T value) => new(true, value, null);
    public static new OperationResult<T> Fail(string error, string? field = null) => new(false, default, error, field);
}
