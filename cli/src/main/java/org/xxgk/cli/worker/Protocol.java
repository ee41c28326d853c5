package org.xxgk.cli.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What parent and worker say to each other over the worker's standard input and output. The
 * worker first says it is ready (one byte), once warmed up. A request: its number (an int, chosen
 * by the parent), the file name (UTF-8, length-prefixed), the options of the JSON (one byte: 1
 * for provenance, else 0), then the file's bytes (length-prefixed). An answer: the number of its
 * request (a worker converting several files at once answers in the order they finish), a byte,
 * 1 when the worker retires after it (its heap is mostly full), then the canonical JSON (UTF-8,
 * length-prefixed).
 */
final class Protocol {

    /** No request or answer is larger: the converter refuses files over 100 MB anyway. */
    private static final int MAX_LENGTH = 512 * 1024 * 1024;

    record Request(int id, String name, boolean provenance, byte[] content) {
    }

    record Answer(int id, String json, boolean retire) {
    }

    private Protocol() {
    }

    /** The byte a worker sends once it is ready for its first request. */
    private static final int READY = 0x58;

    static void writeReady(DataOutputStream out) throws IOException {
        out.write(READY);
        out.flush();
    }

    static void readReady(DataInputStream in) throws IOException {
        if (in.read() != READY) {
            throw new IOException("the worker did not start");
        }
    }

    static void writeRequest(DataOutputStream out, int id, String name, byte[] content, boolean provenance) throws IOException {
        out.writeInt(id);
        write(out, name.getBytes(StandardCharsets.UTF_8));
        out.writeBoolean(provenance);
        write(out, content);
        out.flush();
    }

    static Request readRequest(DataInputStream in) throws IOException {
        int id = in.readInt();
        String name = new String(read(in), StandardCharsets.UTF_8);
        boolean provenance = in.readBoolean();
        return new Request(id, name, provenance, read(in));
    }

    static void writeAnswer(DataOutputStream out, int id, String json, boolean retire) throws IOException {
        out.writeInt(id);
        out.writeBoolean(retire);
        write(out, json.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static Answer readAnswer(DataInputStream in) throws IOException {
        int id = in.readInt();
        boolean retire = in.readBoolean();
        return new Answer(id, new String(read(in), StandardCharsets.UTF_8), retire);
    }

    private static void write(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_LENGTH) {
            throw new IOException("bad length " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new java.io.EOFException();
        }
        return bytes;
    }
}
