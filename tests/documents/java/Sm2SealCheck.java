// The OFD's 国密 seal checked by a verifier nobody at Shuniu wrote: ofdrw's OFDValidator with its
// GB/T 38540-2020 container (SESV4ValidateContainer: the files' SM3 digests, Signature.xml's digest,
// the SM2 signature with the signer's certificate, the seal in Seal.esl being the one signed), then
// BouncyCastle for what that container leaves out: the signer's certificate and the seal were both
// signed by the CA the test trusts.
//
// java -cp "<ofdrw libs>/*" Sm2SealCheck.java ca.pem a.ofd [b.ofd ...]
// prints, per file: "valid <signer> | <seal's name>" or "invalid <why>".
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.zip.ZipFile;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.ofdrw.gm.ses.v4.SES_Signature;
import org.ofdrw.gm.ses.v4.SESeal;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.sign.verify.OFDValidator;
import org.ofdrw.sign.verify.container.SESV4ValidateContainer;

public class Sm2SealCheck {
    public static void main(String[] args) throws Exception {
        BouncyCastleProvider bc = new BouncyCastleProvider();
        CertificateFactory factory = CertificateFactory.getInstance("X.509", bc);
        X509Certificate ca = (X509Certificate) factory.generateCertificate(Files.newInputStream(Path.of(args[0])));
        for (int i = 1; i < args.length; i++) {
            Path ofd = Path.of(args[i]);
            try {
                try (OFDReader reader = new OFDReader(ofd); OFDValidator validator = new OFDValidator(reader)) {
                    validator.setValidator(new SESV4ValidateContainer());
                    validator.exeValidate();
                }
                byte[] signedValue;
                try (ZipFile zip = new ZipFile(ofd.toFile())) {
                    signedValue = zip.getInputStream(zip.getEntry("Doc_0/Signs/Sign_0/SignedValue.dat")).readAllBytes();
                }
                SES_Signature signature = SES_Signature.getInstance(signedValue);
                X509Certificate signer = (X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(signature.getCert().getOctets()));
                signer.verify(ca.getPublicKey(), bc);
                SESeal seal = signature.getToSign().getEseal();
                X509Certificate maker = (X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(seal.getCert().getOctets()));
                maker.verify(ca.getPublicKey(), bc);
                Signature check = Signature.getInstance(seal.getSignAlgID().getId(), bc);
                check.initVerify(maker);
                check.update(seal.geteSealInfo().getEncoded("DER"));
                if (!check.verify(seal.getSignedValue().getOctets())) {
                    throw new SecurityException("the seal's signature does not match its content");
                }
                System.out.println("valid " + signer.getSubjectX500Principal().getName()
                        + " | " + seal.geteSealInfo().getProperty().getName().getString());
            } catch (Exception e) {
                System.out.println("invalid " + e.toString().replace('\n', ' '));
            }
        }
    }
}
