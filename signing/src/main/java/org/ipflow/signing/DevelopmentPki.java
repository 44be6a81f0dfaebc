package org.ipflow.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.qualified.ETSIQCObjectIdentifiers;
import org.bouncycastle.asn1.x509.qualified.QCStatement;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * An offline development and test PKI: root CA, issuing CA, their CRLs, an office seal certificate
 * (legal person, qualified-looking) and a time-stamping authority certificate, all on EC P-256.
 *
 * <p><strong>For development and tests only.</strong> The private keys are in PKCS#12 files whose
 * passwords are generated at random and stored in plain text next to them ({@value
 * #PASSWORDS_FILE}). Nothing issued with this PKI has any legal value. Production uses keys in an
 * HSM / QSCD (PKCS#11) certified by a qualified trust service provider.
 *
 * <p>{@link #ensure(Path)} generates the PKI only when the directory holds none, and otherwise
 * loads the existing one unchanged: regenerating it would orphan every signature already issued
 * with it. The CRLs are issued once, with a {@code nextUpdate} at the end of the issuing CA's life,
 * so that validation keeps working offline for as long as the PKI lives.
 *
 * <p>Directory layout (all names are constants of this class):
 *
 * <pre>
 * README.txt             what this is
 * passwords.properties   PKCS#12 passwords (written last: marks a complete PKI)
 * root-ca.crt/.p12/.crl  self-signed root CA (trust anchor), its key, its CRL (DER)
 * issuing-ca.crt/.p12/.crl  issuing CA, its key, its CRL (DER)
 * office-seal.crt/.p12   office seal (legal person) certificate and key (alias office-seal)
 * tsa.crt/.p12           time-stamping unit certificate and key (alias tsa)
 * </pre>
 */
public final class DevelopmentPki {

  public static final String README_FILE = "README.txt";
  public static final String PASSWORDS_FILE = "passwords.properties";
  public static final String ROOT_CA_CERTIFICATE_FILE = "root-ca.crt";
  public static final String ROOT_CA_KEYSTORE_FILE = "root-ca.p12";
  public static final String ROOT_CA_CRL_FILE = "root-ca.crl";
  public static final String ISSUING_CA_CERTIFICATE_FILE = "issuing-ca.crt";
  public static final String ISSUING_CA_KEYSTORE_FILE = "issuing-ca.p12";
  public static final String ISSUING_CA_CRL_FILE = "issuing-ca.crl";
  public static final String OFFICE_SEAL_CERTIFICATE_FILE = "office-seal.crt";
  public static final String OFFICE_SEAL_KEYSTORE_FILE = "office-seal.p12";
  public static final String TSA_CERTIFICATE_FILE = "tsa.crt";
  public static final String TSA_KEYSTORE_FILE = "tsa.p12";
  private static final String LOCK_FILE = ".pki.lock";

  // Key aliases inside the PKCS#12 files.
  static final String ROOT_CA_ALIAS = "root-ca";
  static final String ISSUING_CA_ALIAS = "issuing-ca";
  static final String OFFICE_SEAL_ALIAS = "office-seal";
  static final String TSA_ALIAS = "tsa";

  /**
   * TSA policy of the in-process development time-stamping unit. A UUID-based OID (ITU-T X.667, arc
   * 2.25), so it cannot collide with a real policy.
   */
  static final String DEVELOPMENT_TSA_POLICY_OID = "2.25.168493212754107812963455210958318622571";

  /** ETSI EN 319 411-2 QCP-l: policy for EU qualified certificate issued to a legal person. */
  private static final String QCP_LEGAL_OID = "0.4.0.194112.1.1";

  private static final String COUNTRY = "XX";
  private static final String ORGANIZATION = "IPFlow Development IP Office";
  private static final String ORGANIZATION_IDENTIFIER = "NTRXX-IPFLOW-DEV";
  private static final Duration CA_VALIDITY = Duration.ofDays(20 * 365 + 5);
  private static final Duration LEAF_VALIDITY = Duration.ofDays(10 * 365 + 2);
  // The .invalid top-level domain never resolves (RFC 2606): validation is offline and takes the
  // CRLs and CA certificates from the PKI directory; these URLs only say where a real PKI would
  // publish them.
  private static final String CRL_BASE_URL = "http://pki.ipflow.invalid/crl/";
  private static final String CA_BASE_URL = "http://pki.ipflow.invalid/ca/";
  private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

  private static final Object JVM_LOCK = new Object();

  private final Path directory;
  private final X509Certificate rootCa;
  private final X509Certificate issuingCa;
  private final X509Certificate officeSeal;
  private final X509Certificate tsa;
  private final Map<String, String> passwords;

  private DevelopmentPki(Path directory) {
    this.directory = directory;
    this.passwords = readPasswords(directory.resolve(PASSWORDS_FILE));
    this.rootCa = readCertificate(directory.resolve(ROOT_CA_CERTIFICATE_FILE));
    this.issuingCa = readCertificate(directory.resolve(ISSUING_CA_CERTIFICATE_FILE));
    this.officeSeal = readCertificate(directory.resolve(OFFICE_SEAL_CERTIFICATE_FILE));
    this.tsa = readCertificate(directory.resolve(TSA_CERTIFICATE_FILE));
  }

  /**
   * Returns the development PKI in {@code directory}, generating it first if the directory does not
   * hold one yet. An existing PKI is loaded and never modified. A directory holding only part of a
   * PKI (an interrupted generation, stray files) is refused rather than overwritten.
   *
   * @throws SigningException if the PKI cannot be generated or read
   */
  public static DevelopmentPki ensure(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    if (Files.exists(dir.resolve(PASSWORDS_FILE))) {
      // Complete already: load without writing anything (the directory may be read-only).
      return new DevelopmentPki(dir);
    }
    synchronized (JVM_LOCK) {
      try {
        Files.createDirectories(dir);
        // Another process may be generating into the same directory at the same moment.
        try (FileChannel channel =
                FileChannel.open(
                    dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock ignored = channel.lock()) {
          if (!Files.exists(dir.resolve(PASSWORDS_FILE))) {
            refuseIfPartial(dir);
            new Generator(dir).generate();
          }
          return new DevelopmentPki(dir);
        }
      } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
        throw new SigningException("Cannot create or load the development PKI in " + dir, e);
      }
    }
  }

  private static void refuseIfPartial(Path dir) {
    for (String name :
        List.of(
            ROOT_CA_CERTIFICATE_FILE,
            ROOT_CA_KEYSTORE_FILE,
            ROOT_CA_CRL_FILE,
            ISSUING_CA_CERTIFICATE_FILE,
            ISSUING_CA_KEYSTORE_FILE,
            ISSUING_CA_CRL_FILE,
            OFFICE_SEAL_CERTIFICATE_FILE,
            OFFICE_SEAL_KEYSTORE_FILE,
            TSA_CERTIFICATE_FILE,
            TSA_KEYSTORE_FILE)) {
      if (Files.exists(dir.resolve(name))) {
        throw new SigningException(
            "Directory "
                + dir
                + " holds an incomplete development PKI ("
                + name
                + " exists but "
                + PASSWORDS_FILE
                + " does not). Refusing to overwrite it; move it away to generate a new PKI.");
      }
    }
  }

  /** The directory holding this PKI. */
  public Path directory() {
    return directory;
  }

  /** The self-signed root CA: the trust anchor of everything issued by this PKI. */
  public X509Certificate rootCaCertificate() {
    return rootCa;
  }

  public X509Certificate issuingCaCertificate() {
    return issuingCa;
  }

  public X509Certificate officeSealCertificate() {
    return officeSeal;
  }

  public X509Certificate tsaCertificate() {
    return tsa;
  }

  /** CRL files (DER), root CA's first then the issuing CA's. */
  public List<Path> crlFiles() {
    return List.of(directory.resolve(ROOT_CA_CRL_FILE), directory.resolve(ISSUING_CA_CRL_FILE));
  }

  public Path officeSealKeyStoreFile() {
    return directory.resolve(OFFICE_SEAL_KEYSTORE_FILE);
  }

  public Path tsaKeyStoreFile() {
    return directory.resolve(TSA_KEYSTORE_FILE);
  }

  /** Password of a PKCS#12 file of this PKI (store and key use the same one). */
  char[] keyStorePassword(String keyStoreFileName) {
    String password = passwords.get(keyStoreFileName);
    if (password == null) {
      throw new SigningException("No password for " + keyStoreFileName + " in " + PASSWORDS_FILE);
    }
    return password.toCharArray();
  }

  /** The office seal's private key with its chain (seal, issuing CA, root CA). */
  KeyStore.PrivateKeyEntry officeSealKey() {
    return loadKeyEntry(OFFICE_SEAL_KEYSTORE_FILE, OFFICE_SEAL_ALIAS);
  }

  /** The TSA's private key with its chain (TSA, issuing CA, root CA). */
  KeyStore.PrivateKeyEntry tsaKey() {
    return loadKeyEntry(TSA_KEYSTORE_FILE, TSA_ALIAS);
  }

  private KeyStore.PrivateKeyEntry loadKeyEntry(String fileName, String alias) {
    char[] password = keyStorePassword(fileName);
    try (InputStream in = Files.newInputStream(directory.resolve(fileName))) {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(in, password);
      KeyStore.Entry entry = keyStore.getEntry(alias, new KeyStore.PasswordProtection(password));
      if (!(entry instanceof KeyStore.PrivateKeyEntry privateKeyEntry)) {
        throw new SigningException("No private key '" + alias + "' in " + fileName);
      }
      return privateKeyEntry;
    } catch (IOException | GeneralSecurityException e) {
      throw new SigningException("Cannot read key '" + alias + "' from " + fileName, e);
    }
  }

  private static X509Certificate readCertificate(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException | GeneralSecurityException e) {
      throw new SigningException("Cannot read certificate " + file, e);
    }
  }

  private static Map<String, String> readPasswords(Path file) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (IOException e) {
      throw new SigningException("Cannot read " + file, e);
    }
    Map<String, String> result = new TreeMap<>();
    properties
        .stringPropertyNames()
        .forEach(name -> result.put(name, properties.getProperty(name)));
    return Map.copyOf(result);
  }

  /** Generates a new PKI into an empty directory. */
  private static final class Generator {
    private final Path dir;
    private final SecureRandom random = new SecureRandom();
    private final BouncyCastleProvider provider = new BouncyCastleProvider();
    private final JcaX509ExtensionUtils extensionUtils;
    private final Instant notBefore;
    private final Map<String, String> passwords = new TreeMap<>();

    Generator(Path dir) throws GeneralSecurityException {
      this.dir = dir;
      this.extensionUtils = new JcaX509ExtensionUtils();
      // A little in the past, so that a slightly slow clock elsewhere still accepts the
      // certificates.
      this.notBefore = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    void generate() throws IOException, GeneralSecurityException, OperatorCreationException {
      KeyPair rootKeys = newKeyPair();
      X500Name rootName = name("IPFlow Development Root CA");
      X509Certificate root =
          certificate(
              rootName,
              rootKeys.getPublic(),
              rootName,
              rootKeys.getPrivate(),
              null,
              CA_VALIDITY,
              builder -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
              });

      KeyPair issuingKeys = newKeyPair();
      X509Certificate issuing =
          certificate(
              name("IPFlow Development Issuing CA"),
              issuingKeys.getPublic(),
              rootName,
              rootKeys.getPrivate(),
              root,
              CA_VALIDITY,
              builder -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                builder.addExtension(
                    Extension.cRLDistributionPoints, false, crlDistributionPoint(ROOT_CA_CRL_FILE));
                builder.addExtension(
                    Extension.authorityInfoAccess, false, caIssuers(ROOT_CA_CERTIFICATE_FILE));
              });
      X500Name issuingName = X500Name.getInstance(issuing.getSubjectX500Principal().getEncoded());

      KeyPair sealKeys = newKeyPair();
      X509Certificate seal =
          certificate(
              name("IPFlow Development Office Seal"),
              sealKeys.getPublic(),
              issuingName,
              issuingKeys.getPrivate(),
              issuing,
              LEAF_VALIDITY,
              builder -> {
                builder.addExtension(
                    Extension.basicConstraints, false, new BasicConstraints(false));
                builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.nonRepudiation));
                builder.addExtension(
                    Extension.certificatePolicies,
                    false,
                    new CertificatePolicies(
                        new PolicyInformation(new ASN1ObjectIdentifier(QCP_LEGAL_OID))));
                // EU qualified certificate statements: QcCompliance and QcType eseal. No QcSSCD:
                // the key lives in a PKCS#12 file, not in a qualified signature creation device.
                builder.addExtension(
                    Extension.qCStatements,
                    false,
                    new DERSequence(
                        new ASN1Encodable[] {
                          new QCStatement(ETSIQCObjectIdentifiers.id_etsi_qcs_QcCompliance),
                          new QCStatement(
                              ETSIQCObjectIdentifiers.id_etsi_qcs_QcType,
                              new DERSequence(ETSIQCObjectIdentifiers.id_etsi_qct_eseal))
                        }));
                builder.addExtension(
                    Extension.cRLDistributionPoints,
                    false,
                    crlDistributionPoint(ISSUING_CA_CRL_FILE));
                builder.addExtension(
                    Extension.authorityInfoAccess, false, caIssuers(ISSUING_CA_CERTIFICATE_FILE));
              });

      KeyPair tsaKeys = newKeyPair();
      X509Certificate tsaCertificate =
          certificate(
              name("IPFlow Development Time-Stamping Unit"),
              tsaKeys.getPublic(),
              issuingName,
              issuingKeys.getPrivate(),
              issuing,
              LEAF_VALIDITY,
              builder -> {
                builder.addExtension(
                    Extension.basicConstraints, false, new BasicConstraints(false));
                builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                // RFC 3161 2.3: exactly one extended key usage, id-kp-timeStamping, critical.
                builder.addExtension(
                    Extension.extendedKeyUsage,
                    true,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                builder.addExtension(
                    Extension.cRLDistributionPoints,
                    false,
                    crlDistributionPoint(ISSUING_CA_CRL_FILE));
                builder.addExtension(
                    Extension.authorityInfoAccess, false, caIssuers(ISSUING_CA_CERTIFICATE_FILE));
              });

      // CRLs are issued after every certificate, so they are "issued after certificate issuance".
      writeCrl(ROOT_CA_CRL_FILE, root, rootKeys.getPrivate());
      writeCrl(ISSUING_CA_CRL_FILE, issuing, issuingKeys.getPrivate());

      writePem(ROOT_CA_CERTIFICATE_FILE, root);
      writePem(ISSUING_CA_CERTIFICATE_FILE, issuing);
      writePem(OFFICE_SEAL_CERTIFICATE_FILE, seal);
      writePem(TSA_CERTIFICATE_FILE, tsaCertificate);

      writeKeyStore(ROOT_CA_KEYSTORE_FILE, ROOT_CA_ALIAS, rootKeys.getPrivate(), root);
      writeKeyStore(
          ISSUING_CA_KEYSTORE_FILE, ISSUING_CA_ALIAS, issuingKeys.getPrivate(), issuing, root);
      writeKeyStore(
          OFFICE_SEAL_KEYSTORE_FILE, OFFICE_SEAL_ALIAS, sealKeys.getPrivate(), seal, issuing, root);
      writeKeyStore(
          TSA_KEYSTORE_FILE, TSA_ALIAS, tsaKeys.getPrivate(), tsaCertificate, issuing, root);

      write(README_FILE, readme().getBytes(StandardCharsets.UTF_8));
      // Written last: its presence marks a complete PKI.
      write(PASSWORDS_FILE, passwordsFile().getBytes(StandardCharsets.ISO_8859_1));
    }

    private X500Name name(String commonName) {
      return new X500NameBuilder(BCStyle.INSTANCE)
          .addRDN(BCStyle.C, COUNTRY)
          .addRDN(BCStyle.O, ORGANIZATION)
          .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, ORGANIZATION_IDENTIFIER)
          .addRDN(BCStyle.CN, commonName)
          .build();
    }

    private KeyPair newKeyPair() throws GeneralSecurityException {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), random);
      return generator.generateKeyPair();
    }

    private interface Extensions {
      void add(X509v3CertificateBuilder builder) throws IOException;
    }

    private X509Certificate certificate(
        X500Name subject,
        PublicKey subjectKey,
        X500Name issuer,
        PrivateKey issuerKey,
        X509Certificate issuerCertificate,
        Duration validity,
        Extensions extensions)
        throws IOException, GeneralSecurityException, OperatorCreationException {
      Instant notAfter = notBefore.plus(validity);
      if (issuerCertificate != null
          && notAfter.isAfter(issuerCertificate.getNotAfter().toInstant())) {
        notAfter = issuerCertificate.getNotAfter().toInstant();
      }
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              issuer,
              serialNumber(),
              Date.from(notBefore),
              Date.from(notAfter),
              subject,
              subjectKey);
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          extensionUtils.createSubjectKeyIdentifier(subjectKey));
      if (issuerCertificate != null) {
        builder.addExtension(
            Extension.authorityKeyIdentifier,
            false,
            extensionUtils.createAuthorityKeyIdentifier(issuerCertificate));
      }
      extensions.add(builder);
      return new JcaX509CertificateConverter()
          .setProvider(provider)
          .getCertificate(builder.build(signer(issuerKey)));
    }

    private ContentSigner signer(PrivateKey key) throws OperatorCreationException {
      return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setProvider(provider).build(key);
    }

    private BigInteger serialNumber() {
      return new BigInteger(127, random).setBit(126);
    }

    private static AuthorityInformationAccess caIssuers(String issuerCertificateFileName) {
      return new AuthorityInformationAccess(
          AccessDescription.id_ad_caIssuers,
          new GeneralName(
              GeneralName.uniformResourceIdentifier, CA_BASE_URL + issuerCertificateFileName));
    }

    private static CRLDistPoint crlDistributionPoint(String crlFileName) {
      GeneralNames names =
          new GeneralNames(
              new GeneralName(GeneralName.uniformResourceIdentifier, CRL_BASE_URL + crlFileName));
      return new CRLDistPoint(
          new DistributionPoint[] {
            new DistributionPoint(new DistributionPointName(names), null, null)
          });
    }

    private void writeCrl(String fileName, X509Certificate issuer, PrivateKey issuerKey)
        throws IOException, GeneralSecurityException, OperatorCreationException {
      Instant thisUpdate = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      JcaX509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuer, Date.from(thisUpdate));
      // Issued once for the life of the CA: the development PKI is never refreshed (see class doc).
      builder.setNextUpdate(issuer.getNotAfter());
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          extensionUtils.createAuthorityKeyIdentifier(issuer));
      builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.ONE));
      X509CRL crl =
          new JcaX509CRLConverter().setProvider(provider).getCRL(builder.build(signer(issuerKey)));
      write(fileName, crl.getEncoded());
    }

    private void writePem(String fileName, X509Certificate certificate) throws IOException {
      StringWriter text = new StringWriter();
      try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
        pem.writeObject(certificate);
      }
      write(fileName, text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private void writeKeyStore(
        String fileName, String alias, PrivateKey key, X509Certificate... chain)
        throws IOException, GeneralSecurityException {
      char[] password = newPassword();
      passwords.put(fileName, new String(password));
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(null, null);
      keyStore.setKeyEntry(alias, key, password, (Certificate[]) chain);
      Path temporary = Files.createTempFile(dir, ".tmp-", ".p12");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        keyStore.store(out, password);
      }
      moveInPlace(temporary, dir.resolve(fileName));
    }

    private char[] newPassword() {
      byte[] bytes = new byte[24];
      random.nextBytes(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    private void write(String fileName, byte[] content) throws IOException {
      Path temporary = Files.createTempFile(dir, ".tmp-", ".part");
      Files.write(temporary, content);
      moveInPlace(temporary, dir.resolve(fileName));
    }

    private static void moveInPlace(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to);
      }
    }

    private String passwordsFile() {
      StringBuilder text = new StringBuilder();
      text.append(
          "# DEVELOPMENT ONLY: passwords of the PKCS#12 files of the IPFlow development PKI.\n");
      text.append("# Generated at random on ")
          .append(notBefore.atOffset(ZoneOffset.UTC))
          .append(".\n");
      text.append("# Never use this PKI, or passwords stored like this, in production.\n");
      for (Map.Entry<String, String> entry : passwords.entrySet()) {
        text.append(entry.getKey()).append('=').append(entry.getValue()).append('\n');
      }
      return text.toString();
    }

    private static String readme() {
      return """
          IPFlow DEVELOPMENT PKI - FOR DEVELOPMENT AND TESTS ONLY
          ======================================================

          Generated by org.ipflow.signing.DevelopmentPki. Nothing signed or sealed with these keys
          has any legal value. Production uses a qualified seal/signature key in an HSM or QSCD
          (PKCS#11), certified by a qualified trust service provider, and a real RFC 3161 TSA.

          The private keys are in PKCS#12 files; their passwords were generated at random and are
          stored in plain text in passwords.properties next to them. That is acceptable only for a
          development PKI: keep this directory private all the same.

          Do NOT delete or regenerate this directory while anything signed with it still matters:
          a new PKI has a new root CA, and every signature issued with the old one would no longer
          validate. DevelopmentPki.ensure() never overwrites an existing PKI.

          Files
            root-ca.crt       root CA certificate (PEM), the trust anchor
            root-ca.p12       root CA key (alias root-ca)
            root-ca.crl       CRL of the root CA (DER)
            issuing-ca.crt    issuing CA certificate (PEM)
            issuing-ca.p12    issuing CA key (alias issuing-ca)
            issuing-ca.crl    CRL of the issuing CA (DER)
            office-seal.crt   office seal certificate (legal person; QcCompliance, QcType eseal)
            office-seal.p12   office seal key (alias office-seal)
            tsa.crt           time-stamping unit certificate (extendedKeyUsage timeStamping)
            tsa.p12           time-stamping unit key (alias tsa)
            passwords.properties  passwords of the .p12 files

          Keys are EC P-256, signatures ECDSA with SHA-256. CAs are valid 20 years, the seal and
          TSA certificates 10 years. The CRLs were issued once, valid until the end of the issuing
          CA's life, and list no revoked certificate.
          """;
    }
  }

  /** The subject common name (CN) of a certificate, or its whole subject if it has no CN. */
  static String commonName(X509Certificate certificate) {
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    RDN[] commonNames = subject.getRDNs(BCStyle.CN);
    if (commonNames.length == 0) {
      return certificate.getSubjectX500Principal().getName();
    }
    return IETFUtils.valueToString(commonNames[0].getFirst().getValue());
  }

  @Override
  public String toString() {
    return "DevelopmentPki[" + directory + "]";
  }
}
