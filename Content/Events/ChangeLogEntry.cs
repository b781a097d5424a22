namespace ThiDuaCms.Content.Events;

/// <summary>
/// One event in the change log (the outbox): written in the transaction of the change it describes, so it exists
/// exactly when the change does, and delivered to handlers after the commit by <see cref="ChangeLogDispatcher"/>.
/// </summary>
public sealed class ChangeLogEntry
{
    /// <summary>The entry's position in the log; increases with every append.</summary>
    public long Id { get; set; }
    /// <summary>The event's type name, resolved by <see cref="DomainEventTypes"/>.</summary>
    public string EventType { get; set; } = "";
    /// <summary>The event as JSON.</summary>
    public string Payload { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    public const int MaxEventTypeLength = 100;
    /// <summary>Events carry ids and names, not content; this is far more than any needs.</summary>
    public const int MaxPayloadLength = 16_000;
}

/// <summary>How far a once-across-instances handler has got in the log; per-instance handlers keep theirs beside their own data.</summary>
public sealed class ChangeLogCursor
{
    /// <summary>The handler's class name.</summary>
    public string Subscriber { get; set; } = "";
    /// <summary>The last entry the handler has handled.</summary>
    public long Position { get; set; }
    /// <summary>The dispatcher instance running this handler now, so it runs on one instance at a time.</summary>
    public string? LeasedBy { get; set; }
    public DateTime? LeasedUntil { get; set; }

    public const int MaxSubscriberLength = 300;
    public const int MaxLeasedByLength = 32;
}
