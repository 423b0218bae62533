// Reads an OFD with ofdrw (https://github.com/ofdrw/ofdrw, Apache-2.0), a reader nobody at Shuniu
// wrote, and prints what it finds as tab-separated lines for tests/documents/test_ofd.py:
//   pages <n>
//   text <page> <x mm> <y mm> <text>      one line per TextCode: x, y of its first glyph's baseline
//   render <page> <width px> <height px> <red pixels> <dark pixels>   ofdrw's converter drew the page
// and, given a directory, writes each page's rendering there as ofd-page-<n>.png for a person to look at.
// Run with Java 17's single-file launch: java -cp "<ofdrw libs>/*" OfdChecker.java file.ofd [dir]
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.util.List;
import org.ofdrw.converter.ImageMaker;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

public class OfdChecker {
    public static void main(String[] args) throws Exception {
        try (OFDReader reader = new OFDReader(Path.of(args[0]))) {
            int pages = reader.getNumberOfPages();
            System.out.println("pages\t" + pages);
            ContentExtractor extractor = new ContentExtractor(reader);
            for (int page = 1; page <= pages; page++) {
                List<TextObject> objects = extractor.getPageTextObject(page);
                for (TextObject object : objects) {
                    ST_Box box = object.getBoundary();
                    for (TextCode code : object.getTextCodes()) {
                        double x = box.getTopLeftX() + (code.getX() == null ? 0 : code.getX());
                        double y = box.getTopLeftY() + (code.getY() == null ? 0 : code.getY());
                        String text = code.getContent().replace('\t', ' ').replace('\n', ' ');
                        System.out.println("text\t" + page + "\t" + x + "\t" + y + "\t" + text);
                    }
                }
            }
            ImageMaker maker = new ImageMaker(reader, 5.0);  // 5 px a millimetre
            for (int page = 0; page < pages; page++) {
                BufferedImage image = maker.makePage(page);
                int red = 0, dark = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int rgb = image.getRGB(x, y);
                        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                        if (r > 180 && g < 90 && b < 90) red++;
                        else if (r < 100 && g < 100 && b < 100) dark++;
                    }
                }
                if (args.length > 1) ImageIO.write(image, "PNG", Path.of(args[1], "ofd-page-" + (page + 1) + ".png").toFile());
                System.out.println("render\t" + (page + 1) + "\t" + image.getWidth() + "\t" + image.getHeight() + "\t" + red + "\t" + dark);
            }
        }
    }
}
