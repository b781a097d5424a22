namespace ThiDuaCms.Content;

public enum OperationStatus
{
    Ok,
    /// <summary>The input broke a rule; <see cref="OperationResult.Error"/> says which, in Vietnamese.</summary>
    Invalid,
    /// <summary>The actor's role does not allow it (the web answers 403).</summary>
    Forbidden,
    NotFound,
    /// <summary>Someone else saved first.</summary>
    Conflict,
}

/// <summary>The outcome of a service command: success, or a Vietnamese message for the person who asked.</summary>
public record OperationResult(OperationStatus Status, string? Error, string? Field = null)
{
    public bool Succeeded => Status == OperationStatus.Ok;

    public static OperationResult Ok() => new(OperationStatus.Ok, null);
    public static OperationResult Fail(string error, string? field = null) => new(OperationStatus.Invalid, error, field);
    public static OperationResult Forbidden(string error) => new(OperationStatus.Forbidden, error);

    /// <summary>The same failure, carried as a result of another type.</summary>
    public OperationResult<T> As<T>() => new(Status, default, Error, Field);
}

public sealed record OperationResult<T>(OperationStatus Status, T? Value, string? Error, string? Field = null)
    : OperationResult(Status, Error, Field)
{
    public static OperationResult<T> Ok(T value) => new(OperationStatus.Ok, value, null);
    public static new OperationResult<T> Fail(string error, string? field = null) => new(OperationStatus.Invalid, default, error, field);
    public static new OperationResult<T> Forbidden(string error) => new(OperationStatus.Forbidden, default, error);
    public static OperationResult<T> NotFound(string error) => new(OperationStatus.NotFound, default, error);
    /// <summary>A conflict carries what is stored now, so the caller can show both versions.</summary>
    public static OperationResult<T> Conflict(T current, string error) => new(OperationStatus.Conflict, current, error);
}
