package org.xxgk.cli.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty itself gives (a request it cannot parse, headers too large, no handler) in
 * the API's shape, {"error": "…"} in Chinese, instead of Jetty's English HTML page.
 */
final class JsonErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        ErrorAnswer.send(response, callback, code, message(code), false);
    }

    /** Errors found while parsing, before there is a request to answer (the connection is closed after). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ErrorAnswer.CONTENT_TYPE);
        return ByteBuffer.wrap(ErrorAnswer.json(message(status)).getBytes(StandardCharsets.UTF_8));
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "请求格式有误，服务器无法解析";
            case 404 -> "找不到该地址";
            case 405 -> "该地址不支持这种请求方法";
            case 408 -> "请求超时：未能及时收到完整的请求";
            case 413 -> "请求内容超过大小上限";
            case 414 -> "请求地址过长";
            case 431 -> "请求头过大";
            case 500 -> "服务器内部错误";
            case 503 -> "服务器暂时无法处理请求，请稍后再试";
            default -> "请求未能完成（HTTP 状态 " + status + "）";
        };
    }
}
