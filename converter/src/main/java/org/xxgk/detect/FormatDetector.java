package org.xxgk.detect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;

/** Detects a document's type from its bytes (and, only as a hint, its name) with Apache Tika. */
public final class FormatDetector {

    private final Tika tika = new Tika();

    /** The detected media type without parameters, e.g. "text/html". */
    public String detect(byte[] content, String fileName) {
        try {
            String withName = baseType(tika.detect(new ByteArrayInputStream(content), fileName));
            // A name like report.txt must not make binary bytes text: the content has the last word.
            if (withName.startsWith("text/") && baseType(tika.detect(content)).equals(MediaType.OCTET_STREAM.toString())) {
                return MediaType.OCTET_STREAM.toString();
            }
            return withName;
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    private static String baseType(String mediaType) {
        return MediaType.parse(mediaType).getBaseType().toString();
    }

    /** A Chinese name for a media type, for messages. */
    public static String describe(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "PDF文档";
            case "text/html", "application/xhtml+xml" -> "网页（HTML）";
            case "text/plain" -> "文本文件";
            case "application/msword" -> "Word 97-2003文档（.doc）";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "Word文档（.docx）";
            case "application/vnd.ms-excel" -> "Excel 97-2003工作簿（.xls）";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "Excel工作簿（.xlsx）";
            case "application/vnd.wps-office.wps", "application/wps-office.wps" -> "WPS文字文档";
            case "application/rtf" -> "RTF文档";
            case "application/zip" -> "ZIP压缩包";
            case "application/x-tika-ooxml", "application/x-tika-msoffice" -> "Office文档";
            case "application/octet-stream" -> "无法识别的二进制文件";
            default -> {
                if (mediaType.startsWith("image/")) {
                    yield "图片";
                }
                yield "其他类型文件";
            }
        };
    }
}
