using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ThiDuaCms.Content.Events;

/// <summary>Something that happened to the content, announced after the database commit.</summary>
public interface IDomainEvent;

/// <summary>Reacts to one kind of event (evict cache, queue an index update, …). Register any number per event.</summary>
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>The one path for side effects: services call it after <c>SaveChangesAsync</c> succeeds.</summary>
public interface IDomainEventPublisher
{
    Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken) where TEvent : IDomainEvent;
}

internal sealed class DomainEventPublisher(IServiceProvider services, ILogger<DomainEventPublisher> logger) : IDomainEventPublisher
{
    public async Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken) where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            try
            {
                await handler.HandleAsync(domainEvent, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The change is already committed; derived data (cache, index) can be rebuilt, so one
                // failing handler must neither undo the save nor starve the others.
                logger.LogError(ex, "Handler {Handler} failed for {Event}", handler.GetType().Name, domainEvent);
            }
        }
    }
}
