package org.cpolens.io.sweep;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet codecs without Hadoop: parquet-hadoop's own factory links Hadoop classes even for
 * uncompressed pages. ZSTD comes from zstd-jni, which parquet already depends on.
 */
public final class PlainCodecFactory implements CompressionCodecFactory {
    private final int zstdLevel;

    public PlainCodecFactory(int zstdLevel) {
        this.zstdLevel = zstdLevel;
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput in) throws IOException {
                return switch (codec) {
                    case UNCOMPRESSED -> in;
                    case ZSTD -> BytesInput.from(Zstd.compress(in.toByteArray(), zstdLevel));
                    default -> throw new IOException("codec not supported here: " + codec);
                };
            }

            @Override
            public CompressionCodecName getCodecName() {
                return codec;
            }

            @Override
            public void release() {
                // nothing pooled
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput in, int uncompressedSize) throws IOException {
                byte[] src = in.toByteArray();
                return switch (codec) {
                    case UNCOMPRESSED -> BytesInput.from(src);
                    case ZSTD -> BytesInput.from(Zstd.decompress(src, uncompressedSize));
                    default -> throw new IOException("codec not supported here: " + codec);
                };
            }

            @Override
            public void decompress(ByteBuffer in, int compressedSize, ByteBuffer out, int uncompressedSize)
                    throws IOException {
                byte[] src = new byte[compressedSize];
                in.get(src);
                out.put(decompress(BytesInput.from(src), uncompressedSize).toByteArray());
            }

            @Override
            public void release() {
                // nothing pooled
            }
        };
    }

    @Override
    public void release() {
        // nothing pooled
    }
}
