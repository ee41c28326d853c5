import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Makes the broken and hostile files of testdata/bad from a good DOCX and PDF of report 004, and
 * the PDF protected by an owner password only (which must still convert) in testdata/office:
 *
 *   java -cp "$(cat classpath.txt)" testdata/bad/MakeBad.java testdata/office/004.docx testdata/office/004.pdf testdata/bad
 *
 * (testdata/bad/make.sh runs it.)
 */
public class MakeBad {

    public static void main(String[] args) throws Exception {
        byte[] good = Files.readAllBytes(Path.of(args[0]));
        Path pdf = Path.of(args[1]);
        Path out = Path.of(args[2]);

        // PDFs protected as publishers do: an opening (user) password, or only an owner password
        // restricting copying, which every reader opens without asking.
        protect(pdf, "xxgk", out.resolve("encrypted-user-password.pdf"));
        protect(pdf, "", pdf.resolveSibling("004-owner-password.pdf"));

        // A DOCX with an opening password ("xxgk"), encrypted as Word does (agile encryption).
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("xxgk");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(good);
            }
            try (FileOutputStream file = new FileOutputStream(out.resolve("encrypted-password.docx").toFile())) {
                fs.writeFilesystem(file);
            }
        }

        // A download cut off halfway.
        Files.write(out.resolve("truncated.docx"), Arrays.copyOf(good, good.length / 2));

        // document.xml declaring external entities: a local file and a URL (port 9, discard).
        Files.write(out.resolve("xxe-external-entity.docx"), replaceDocumentXml(good, xml -> xml.replaceFirst("\\?>",
                "?>\n<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/hostname\">"
                        + "<!ENTITY remote SYSTEM \"http://127.0.0.1:9/xxgk-xxe\">]>")
                .replaceFirst("<w:t>([^<]*)</w:t>", "<w:t>&secret;&remote;$1</w:t>")));

        // Entity expansion ("billion laughs"): ten levels of ten references.
        StringBuilder laughs = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>");
        Files.write(out.resolve("billion-laughs.docx"), replaceDocumentXml(good, xml -> xml.replaceFirst("\\?>", "?>\n" + laughs)
                .replaceFirst("<w:t>([^<]*)</w:t>", "<w:t>&lol10;$1</w:t>")));
    }

    private static void protect(Path pdf, String userPassword, Path target) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(target.toFile());
        }
    }

    private static byte[] replaceDocumentXml(byte[] docx, java.util.function.UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
