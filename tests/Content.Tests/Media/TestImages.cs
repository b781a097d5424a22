using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NetVips;

namespace ThiDuaCms.Tests.Media;

/// <summary>Real images made at test time with libvips, and hostile files crafted byte by byte.</summary>
internal static class TestImages
{
    private static readonly Lazy<byte[]> LargeJpegWithGps = new(() => Jpeg(4000, 3000, gps: true));

    /// <summary>A 4000 × 3000 photo-like JPEG carrying EXIF with a GPS position (made once per test run).</summary>
    public static byte[] PhotoWithGps => LargeJpegWithGps.Value;

    /// <summary>A photo-like JPEG; with <paramref name="gps"/> its EXIF holds a GPS position, with <paramref name="orientation"/> an EXIF orientation.</summary>
    public static byte[] Jpeg(int width, int height, bool gps = false, int orientation = 1)
    {
        using var image = PhotoLike(width, height);
        using var tagged = image.Mutate(m =>
        {
            if (gps || orientation != 1)
            {
                m.Set(GValue.BlobType, "exif-data", Exif(gps, orientation));
            }
        });
        return tagged.JpegsaveBuffer(q: 90);
    }

    /// <summary>An RGBA PNG (transparent corner), to check that alpha survives in WebP and is flattened in JPEG.</summary>
    public static byte[] Png(int width, int height)
    {
        using var image = PhotoLike(width, height);
        using var black = Image.Black(width, height);
        using var opaque = (black + 255).Cast(Enums.BandFormat.Uchar);
        using var cornered = opaque.Mutate(m => m.DrawRect([0.0], 0, 0, Math.Max(1, width / 4), Math.Max(1, height / 4), fill: true));
        using var rgba = image.Bandjoin(cornered);
        return rgba.PngsaveBuffer();
    }

    /// <summary>A JPEG in <paramref name="profile"/> ("p3" or "cmyk", libvips' built-in profiles) with the profile embedded.</summary>
    public static byte[] JpegWithProfile(int width, int height, string profile)
    {
        using var image = PhotoLike(width, height);
        using var transformed = image.IccTransform(profile, inputProfile: "srgb", embedded: false);
        return transformed.JpegsaveBuffer(q: 90);
    }

    public static byte[] Gif(int width, int height)
    {
        using var image = PhotoLike(width, height);
        return image.GifsaveBuffer();
    }

    public static byte[] WebP(int width, int height)
    {
        using var image = PhotoLike(width, height);
        return image.WebpsaveBuffer(q: 80);
    }

    /// <summary>The first half of a real JPEG: a valid header, missing most of the picture.</summary>
    public static byte[] TruncatedJpeg()
    {
        var whole = Jpeg(1200, 900);
        return whole[..(whole.Length / 2)];
    }

    /// <summary>A tiny PNG whose header declares <paramref name="width"/> × <paramref name="height"/> pixels (a decompression bomb's shape).</summary>
    public static byte[] PngDeclaring(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;  // bit depth
        header[9] = 2;  // colour type: RGB
        WriteChunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(new byte[1024]);
            }
            WriteChunk(png, "IDAT", compressed.ToArray());
        }
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    public static byte[] SvgWithScript() => Encoding.UTF8.GetBytes(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">
          <script>alert(document.cookie)</script>
          <rect width="400" height="300" fill="#0b5d4b"/>
        </svg>
        """);

    public static byte[] Html() => Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

    /// <summary>Bytes that are not an image at all, <paramref name="length"/> long, starting like a JPEG.</summary>
    public static byte[] Oversized(int length)
    {
        var bytes = new byte[length];
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        return bytes;
    }

    private static Image PhotoLike(int width, int height)
    {
        // Smooth shapes with a little grain, so the JPEG weighs what a photo does (not a flat colour, not noise).
        using var r = Image.Perlin(width, height, cellSize: Math.Max(8, width / 12), uchar: true, seed: 1);
        using var g = Image.Perlin(width, height, cellSize: Math.Max(8, width / 30), uchar: true, seed: 2);
        using var b = Image.Perlin(width, height, cellSize: Math.Max(8, width / 90), uchar: true, seed: 3);
        using var grain = Image.Gaussnoise(width, height, mean: 0, sigma: 4);
        using var rgb = r.Bandjoin(g, b);
        using var grainy = rgb + grain;
        return grainy.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    /// <summary>A minimal little-endian EXIF block: IFD0 with Orientation and a GPS IFD at 12°15′N 109°11′E (Nha Trang).</summary>
    private static byte[] Exif(bool gps, int orientation)
    {
        using var stream = new MemoryStream();
        var w = new BinaryWriter(stream);
        w.Write("Exif\0\0"u8);
        w.Write("II"u8);
        w.Write((ushort)42);
        w.Write(8u);

        // IFD0 at 8: Orientation, GPS pointer.
        var ifd0Entries = gps ? 2 : 1;
        var gpsIfdOffset = (uint)(8 + 2 + (ifd0Entries * 12) + 4);
        w.Write((ushort)ifd0Entries);
        WriteEntry(w, 0x0112, 3, 1, (uint)orientation);
        if (gps)
        {
            WriteEntry(w, 0x8825, 4, 1, gpsIfdOffset);
        }
        w.Write(0u);
        if (gps)
        {
            const int gpsEntries = 4;
            var dataOffset = gpsIfdOffset + 2 + (gpsEntries * 12) + 4;
            w.Write((ushort)gpsEntries);
            WriteEntry(w, 0x0001, 2, 2, 'N');
            WriteEntry(w, 0x0002, 5, 3, dataOffset);
            WriteEntry(w, 0x0003, 2, 2, 'E');
            WriteEntry(w, 0x0004, 5, 3, dataOffset + 24);
            w.Write(0u);
            foreach (var value in new uint[] { 12, 1, 15, 1, 0, 1, 109, 1, 11, 1, 0, 1 })
            {
                w.Write(value);
            }
        }
        w.Flush();
        return stream.ToArray();
    }

    private static void WriteEntry(BinaryWriter w, ushort tag, ushort type, uint count, uint value)
    {
        w.Write(tag);
        w.Write(type);
        w.Write(count);
        w.Write(value);
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        png.Write(crc);
    }

    /// <summary>The PNG chunk CRC (ISO 3309, polynomial 0xEDB88320).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
