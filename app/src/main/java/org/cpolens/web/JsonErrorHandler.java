package org.cpolens.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.cpolens.report.Json;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Jetty's own error answers in the API's JSON shape: errors raised before Javalin sees the
 * request (a header too large, a malformed request line) and Errors that escape a handler (such
 * as OutOfMemoryError), which Jetty otherwise answers with HTML or an empty body.
 */
final class JsonErrorHandler extends ErrorHandler {
    JsonErrorHandler() {
        setShowStacks(false);
    }

    static String body(int status, String reason) {
        String what = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        String hint = status >= 500 ? "please report it" : status == 431 || status == 414 ? "send a shorter request"
                : "check the request";
        return Json.write(new ApiError((status >= 500 ? "internal error: " : "") + what, null, null, hint).json());
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true; // every method gets a body, not only GET, POST and HEAD
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        Throwable t = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String reason = t != null ? t.toString() : message;
        byte[] bytes = body(code, reason).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        baseRequest.setHandled(true);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        return BufferUtil.toBuffer(body(status, reason), StandardCharsets.UTF_8);
    }
}
