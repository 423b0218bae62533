// An OFD written by ofdrw's own layout engine (ofdrw-layout), not by Shuniu: the seal must go on
// any OFD package, not only on the ones documents writes.
//
// java -cp "<ofdrw libs>/*" WriteOfd.java out.ofd
import java.nio.file.Path;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.element.Paragraph;

public class WriteOfd {
    public static void main(String[] args) throws Exception {
        try (OFDDoc doc = new OFDDoc(Path.of(args[0]))) {
            doc.add(new Paragraph("关于申请专项经费的请示", 7.8d));
            doc.add(new Paragraph("妥否，请批示。", 5.6d));
        }
    }
}
