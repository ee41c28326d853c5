package org.xxgk.extract.word;

/** The Chinese reasons given for Office documents that cannot be read. */
public final class OfficeMessages {

    public static final String ENCRYPTED = "文档已加密（设有打开密码），无法读取；请去除密码后再转换";
    public static final String DAMAGED_DOCX = "Word文档（.docx）已损坏或不完整，无法读取";
    public static final String DAMAGED_DOC = "Word 97-2003文档（.doc/.wps）已损坏或不完整，无法读取";
    public static final String DAMAGED_SHEET = "电子表格已损坏或不完整，无法读取";
    public static final String UNSAFE_XML = "文档中的XML含有外部实体或文档类型声明（DOCTYPE），出于安全考虑拒绝读取";
    public static final String ZIP_BOMB = "文档解压后的大小异常（疑似压缩炸弹），拒绝读取";

    private OfficeMessages() {
    }

    /** A specific reason when the cause says what was wrong, else the fallback. */
    public static String reason(Throwable e, String fallback) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("DOCTYPE") || message.contains("DTD") || message.contains("ntity")) {
                return UNSAFE_XML;
            }
            if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("inflate ratio")
                    || message.contains("max entry size") || message.contains("exceed")) {
                return ZIP_BOMB;
            }
        }
        return fallback;
    }
}
