using System.Text.Json;

namespace ThiDuaCms.Content.Events;

/// <summary>The event types of the content core by name, so a stored entry can be read back as the event it was.</summary>
public static class DomainEventTypes
{
    private static readonly Dictionary<string, Type> ByName = typeof(IDomainEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))
        .ToDictionary(t => t.Name);

    public static IReadOnlyCollection<Type> All => ByName.Values;

    public static string NameOf(IDomainEvent domainEvent) =>
        ByName.ContainsKey(domainEvent.GetType().Name) ? domainEvent.GetType().Name
        : throw new ArgumentException($"{domainEvent.GetType()} is not an event of the content core.", nameof(domainEvent));

    public static string Serialize(IDomainEvent domainEvent) => JsonSerializer.Serialize(domainEvent, domainEvent.GetType());

    /// <summary>The event stored in <paramref name="entry"/>, or null for a type this version does not know (written by a newer one).</summary>
    public static IDomainEvent? Deserialize(ChangeLogEntry entry) =>
        ByName.TryGetValue(entry.EventType, out var type) ? (IDomainEvent?)JsonSerializer.Deserialize(entry.Payload, type) : null;
}
