package dev.weft.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A minimal HTTP/1.1 client over one socket, to see keep-alive, chunks and trailers on the wire. */
final class RawHttp implements AutoCloseable {
    final Socket socket;
    final InputStream in;
    final OutputStream out;

    RawHttp(URI server) throws IOException {
        socket = new Socket(server.getHost(), server.getPort());
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    void send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Sends one chunk of a chunked request body. */
    void sendChunk(String data) throws IOException {
        send(Integer.toHexString(data.length()) + "\r\n" + data + "\r\n");
    }

    String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("connection closed mid-line after '" + b + "'");
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    /** Status line and headers (lower-case names). */
    Head head() throws IOException {
        String status = line();
        Map<String, String> headers = new LinkedHashMap<>();
        String l;
        while (!(l = line()).isEmpty()) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
        }
        return new Head(Integer.parseInt(status.split(" ")[1]), headers);
    }

    /**
     * Reads one chunk of a chunked response; null at the last chunk (the trailers are then in {@code trailers}).
     * The CRLF that closes a chunk's data is read with the next chunk: a server may send it only then.
     */
    String chunk(Map<String, String> trailers) throws IOException {
        String sizeLine = line();
        if (sizeLine.isEmpty()) {
            sizeLine = line();
        }
        int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
        if (size == 0) {
            String l;
            while (!(l = line()).isEmpty()) {
                int colon = l.indexOf(':');
                trailers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
            }
            return null;
        }
        return new String(in.readNBytes(size), StandardCharsets.ISO_8859_1);
    }

    /** A whole response: body by Content-Length or chunks. */
    Response response() throws IOException {
        Head head = head();
        Map<String, String> trailers = new LinkedHashMap<>();
        String body;
        if (head.headers().containsKey("content-length")) {
            body = new String(in.readNBytes(Integer.parseInt(head.headers().get("content-length"))),
                    StandardCharsets.ISO_8859_1);
        } else if ("chunked".equalsIgnoreCase(head.headers().get("transfer-encoding"))) {
            StringBuilder sb = new StringBuilder();
            String c;
            while ((c = chunk(trailers)) != null) {
                sb.append(c);
            }
            body = sb.toString();
        } else {
            body = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        return new Response(head.status(), head.headers(), body, trailers);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    record Head(int status, Map<String, String> headers) {
    }

    record Response(int status, Map<String, String> headers, String body, Map<String, String> trailers) {
    }
}
