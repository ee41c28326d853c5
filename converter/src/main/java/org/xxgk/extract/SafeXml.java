package org.xxgk.extract;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX reading of the XML inside office packages (ODF content, XLSX sheets): no DTD, no external
 * entities, and a document that declares a DOCTYPE anyway is refused (an entity bomb or XXE). One
 * factory for all: configured once, it is safe to share.
 */
public final class SafeXml {

    /** The message of the exception a DOCTYPE causes, for callers that explain it to users. */
    public static final String DOCTYPE = "DOCTYPE is not allowed";

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** Moves to the next start element; false at the end of the document. */
    public static boolean nextStart(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException(DOCTYPE);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
