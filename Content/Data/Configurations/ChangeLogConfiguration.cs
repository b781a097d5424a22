using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Events;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class ChangeLogEntryConfiguration : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> entry)
    {
        entry.ToTable("ChangeLog");
        // AUTOINCREMENT: positions are never reused, even after the newest entries are pruned.
        entry.Property(e => e.Id).ValueGeneratedOnAdd().HasAnnotation("Sqlite:Autoincrement", true);
        entry.Property(e => e.EventType).HasMaxLength(ChangeLogEntry.MaxEventTypeLength).IsRequired();
        entry.Property(e => e.Payload).HasMaxLength(ChangeLogEntry.MaxPayloadLength).IsRequired();
    }
}

internal sealed class ChangeLogCursorConfiguration : IEntityTypeConfiguration<ChangeLogCursor>
{
    public void Configure(EntityTypeBuilder<ChangeLogCursor> cursor)
    {
        cursor.HasKey(c => c.Subscriber);
        cursor.Property(c => c.Subscriber).HasMaxLength(ChangeLogCursor.MaxSubscriberLength);
        cursor.Property(c => c.LeasedBy).HasMaxLength(ChangeLogCursor.MaxLeasedByLength);
    }
}
