package org.xxgk.cli.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's whole body before the routes see it, without holding a thread while the
 * client sends: slow uploads cost a connection each, not the threads that answer everyone else.
 * A body over the size limit gets 413, one that is not in by the upload deadline or that stalls
 * past the idle timeout gets 408, each with a Chinese error; the routes then read from memory.
 */
final class WholeBody extends Handler.Wrapper {

    /** Bodies up to this many times the limit are read and dropped, so the client is reading when the 413 comes. */
    private static final int DISCARDED_LIMITS = 4;
    /** Memory set aside before any byte arrives; a Content-Length alone is not trusted with more. */
    private static final int INITIAL_BUFFER = 64 * 1024;

    private final long maxBytes;
    private final Duration uploadTimeout;
    private final Duration idleTimeout;

    WholeBody(long maxBytes, Duration uploadTimeout, Duration idleTimeout) {
        this.maxBytes = maxBytes;
        this.uploadTimeout = uploadTimeout;
        this.idleTimeout = idleTimeout;
    }

    /** The 413 message: an export request is not an upload, and its sender should be told so. */
    String tooLarge(Request request) {
        String what = request.getHttpURI().getPath().startsWith("/api/export/") ? "导出请求的内容" : "上传的内容";
        return what + "超过大小上限（" + maxBytes / (1024 * 1024) + " MB）";
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        if (declared <= 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return super.handle(request, response, callback);
        }
        if (declared > DISCARDED_LIMITS * maxBytes) {
            ErrorAnswer.send(response, callback, 413, tooLarge(request), true);
            return true;
        }
        new Reading(request, response, callback).run();
        return true;
    }

    /** One body arriving: called again by Jetty whenever more of it is there. */
    private final class Reading implements Runnable {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteArrayOutputStream body;
        private final AtomicBoolean answered = new AtomicBoolean();
        private final Scheduler.Task deadline;
        private long received;

        Reading(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.body = new ByteArrayOutputStream((int) Math.min(Math.max(request.getLength(), 0), INITIAL_BUFFER));
            this.deadline = request.getComponents().getScheduler().schedule(() -> answer(408,
                    "上传超时：请求内容未能在" + org.xxgk.TimedConversion.describe(uploadTimeout) + "内传完，连接已断开"),
                    uploadTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void run() {
            while (!answered.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    failed(chunk);
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                received += bytes.remaining();
                if (received <= maxBytes && request.getLength() <= maxBytes) {
                    byte[] copy = new byte[bytes.remaining()];
                    bytes.get(copy);
                    body.writeBytes(copy);
                }
                chunk.release();
                if (chunk.isLast()) {
                    complete();
                    return;
                }
                if (received > DISCARDED_LIMITS * maxBytes) {
                    answer(413, tooLarge(request));
                    return;
                }
            }
        }

        private void failed(Content.Chunk chunk) {
            Throwable failure = chunk.getFailure();
            if (!chunk.isLast() && failure instanceof TimeoutException) {
                answer(408, "上传中断：" + org.xxgk.TimedConversion.describe(idleTimeout) + "内没有收到任何数据，连接已断开");
            } else if (answered.compareAndSet(false, true)) {
                deadline.cancel();
                callback.failed(failure); // the connection is gone; nobody is left to answer
            }
        }

        private void complete() {
            if (received > maxBytes) {
                answer(413, tooLarge(request));
                return;
            }
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            deadline.cancel();
            Request buffered = new BufferedRequest(request, body.toByteArray());
            try {
                if (!WholeBody.super.handle(buffered, response, callback)) {
                    Response.writeError(buffered, response, callback, 404);
                }
            } catch (Throwable x) {
                callback.failed(x);
            }
        }

        private void answer(int status, String message) {
            if (answered.compareAndSet(false, true)) {
                deadline.cancel();
                ErrorAnswer.send(response, callback, status, message, true);
            }
        }
    }

    /** The request as the routes see it: its body from memory. */
    private static final class BufferedRequest extends Request.Wrapper {

        private final Content.Source body;
        private final long length;

        BufferedRequest(Request request, byte[] bytes) {
            super(request);
            this.body = Content.Source.from(ByteBuffer.wrap(bytes));
            this.length = bytes.length;
        }

        @Override
        public long getLength() {
            return length;
        }

        @Override
        public Content.Chunk read() {
            return body.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            body.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            body.fail(failure);
        }
    }
}
