package org.cpolens.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Tells whether the client of a request has closed its connection. HTTP/1.1 gives no notice of
 * it: Jetty does not read from a connection while its request is handled, so the server would
 * compute an answer nobody waits for. This reads (without blocking) from the connection: end of
 * stream or an error means the client is gone. A GET has no body, so the only bytes that could
 * come are a pipelined next request; if one does, its first byte has been taken, so the answer
 * closes the connection ({@code Connection: close}) and the client sends that request again.
 */
final class ClientProbe implements BooleanSupplier {
    private final EndPoint endPoint;
    private final Context ctx;
    private boolean stopped;

    private ClientProbe(EndPoint endPoint, Context ctx) {
        this.endPoint = endPoint;
        this.ctx = ctx;
    }

    static ClientProbe of(Context ctx) {
        Request base = Request.getBaseRequest(ctx.req());
        EndPoint e = base == null || base.getHttpChannel() == null ? null : base.getHttpChannel().getEndPoint();
        return new ClientProbe(e, ctx);
    }

    /** Called only by the request's own thread, while it waits for the answer. */
    @Override
    public boolean getAsBoolean() {
        if (endPoint == null || stopped) {
            return false;
        }
        if (!endPoint.isOpen()) {
            return true;
        }
        try {
            int n = endPoint.fill(BufferUtil.allocate(1));
            if (n > 0) {
                stopped = true;
                ctx.header("Connection", "close");
            }
            return n < 0;
        } catch (IOException e) {
            return true;
        }
    }
}
