// One page of an OFD drawn by ofdrw's renderer (ofdrw-converter's ImageMaker), seals included: what
// a reader that is not Shuniu's shows of the electronic seal.
//
// java -cp "<ofdrw libs>/*" RenderPage.java in.ofd <page, from 0> <pixels per mm> out.png
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ofdrw.converter.ImageMaker;
import org.ofdrw.reader.OFDReader;

public class RenderPage {
    public static void main(String[] args) throws Exception {
        try (OFDReader reader = new OFDReader(Path.of(args[0]))) {
            ImageMaker maker = new ImageMaker(reader, Integer.parseInt(args[2]));
            ImageIO.write(maker.makePage(Integer.parseInt(args[1])), "png", Path.of(args[3]).toFile());
        }
    }
}
