namespace ThiDuaCms.Content.Exports;

/// <summary>
/// A write-only buffer between a synchronous writer (the zip archive and the OpenXML part writer have no asynchronous
/// API) and the real output, which is handed what has been written with <see cref="DrainAsync"/>: ASP.NET Core refuses
/// synchronous writes to a response, and blocking a thread on each one would waste the machine's two cores. Not
/// seekable, so the zip archive streams its entries (sizes after the data) instead of seeking back.
/// </summary>
internal sealed class SpoolStream : Stream
{
    private readonly MemoryStream _buffer = new();
    private long _position;

    /// <summary>Bytes written and not yet drained.</summary>
    public long Pending => _buffer.Length;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _buffer.Write(buffer);
        _position += buffer.Length;
    }

    public override void Flush()
    {
    }

    /// <summary>Writes what is pending to <paramref name="output"/> and empties the buffer.</summary>
    public async Task DrainAsync(Stream output, CancellationToken cancellationToken)
    {
        if (_buffer.Length == 0)
        {
            return;
        }
        await output.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), cancellationToken);
        await output.FlushAsync(cancellationToken);
        _buffer.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }
        base.Dispose(disposing);
    }
}
