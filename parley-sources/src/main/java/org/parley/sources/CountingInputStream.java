package org.parley.sources;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports every byte read through it to a meter (for progress by bytes). */
final class CountingInputStream extends FilterInputStream {
    private final LongConsumer meter;

    CountingInputStream(InputStream in, LongConsumer meter) {
        super(in);
        this.meter = meter;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            meter.accept(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            meter.accept(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long k = super.skip(n);
        if (k > 0) {
            meter.accept(k);
        }
        return k;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
