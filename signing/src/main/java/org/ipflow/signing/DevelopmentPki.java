package org.ipflow.signing;

import java.io.ByteArrayInputStream;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
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
import org.bouncycastle.asn1.x509.CRLReason;
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
 * An offline development and test PKI: root CA, issuing CA with CRL and OCSP responder, an office
 * seal certificate (legal person, qualified-looking), examiners' signature certificates (natural
 * persons, generated on demand), a time-stamping authority certificate, and a custom ETSI TS 119
 * 612 trusted list that lists the issuing CA as a granted qualified CA (CA/QC), all on EC P-256.
 *
 * <p><strong>For development and tests only.</strong> The private keys are in PKCS#12 files whose
 * passwords are generated at random and stored in plain text next to them ({@value
 * #PASSWORDS_FILE}, {@value #EXTRA_PASSWORDS_FILE}). Nothing issued with this PKI has any legal
 * value. Production uses keys in an HSM / QSCD (PKCS#11) certified by a qualified trust service
 * provider.
 *
 * <p>{@link #ensure(Path)} generates the PKI only when the directory holds none, and otherwise
 * loads the existing one: its keys and certificates are never regenerated (that would orphan every
 * signature already issued). What a PKI of an earlier version lacks (OCSP responder, trusted list
 * and its signer) is added next to it; examiners' certificates are added on first use; {@link
 * #revoke} re-issues the issuing CA's CRL.
 *
 * <p>Qualified-looking certificates whose key lives in a PKCS#12 file carry QcCompliance and QcType
 * but <em>no</em> QcSSCD: validation honestly reports them as AdES-QC. Only certificates issued
 * with {@code keyInQscd = true} for a key generated inside a PKCS#11 token carry QcSSCD and
 * validate as QESeal / QESig.
 */
public final class DevelopmentPki {

  public static final String README_FILE = "README.txt";
  public static final String PASSWORDS_FILE = "passwords.properties";
  public static final String EXTRA_PASSWORDS_FILE = "extra-passwords.properties";
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
  public static final String OCSP_RESPONDER_CERTIFICATE_FILE = "ocsp-responder.crt";
  public static final String OCSP_RESPONDER_KEYSTORE_FILE = "ocsp-responder.p12";
  public static final String TRUSTED_LIST_SIGNER_CERTIFICATE_FILE = "tl-signer.crt";
  public static final String TRUSTED_LIST_SIGNER_KEYSTORE_FILE = "tl-signer.p12";
  public static final String TRUSTED_LIST_FILE = "trusted-list.xml";
  public static final String REVOCATIONS_FILE = "revocations.properties";
  public static final String OFFICERS_DIRECTORY = "officers";
  private static final String LOCK_FILE = ".pki.lock";

  // Key aliases inside the PKCS#12 files.
  static final String ROOT_CA_ALIAS = "root-ca";
  static final String ISSUING_CA_ALIAS = "issuing-ca";
  static final String OFFICE_SEAL_ALIAS = "office-seal";
  static final String TSA_ALIAS = "tsa";
  static final String OCSP_RESPONDER_ALIAS = "ocsp-responder";
  static final String TRUSTED_LIST_SIGNER_ALIAS = "tl-signer";
  static final String OFFICER_ALIAS = "officer";

  /**
   * TSA policy of the in-process development time-stamping unit. A UUID-based OID (ITU-T X.667, arc
   * 2.25), so it cannot collide with a real policy.
   */
  static final String DEVELOPMENT_TSA_POLICY_OID = "2.25.168493212754107812963455210958318622571";

  /** ETSI EN 319 411-2 policies: QCP-n, QCP-l, QCP-n-qscd, QCP-l-qscd. */
  static final String QCP_NATURAL_OID = "0.4.0.194112.1.0";

  static final String QCP_LEGAL_OID = "0.4.0.194112.1.1";
  static final String QCP_NATURAL_QSCD_OID = "0.4.0.194112.1.2";
  static final String QCP_LEGAL_QSCD_OID = "0.4.0.194112.1.3";

  /** ETSI TS 119 612 extended key usage of a trusted list signer (id-tsl-kp-tslSigning). */
  private static final String TSL_SIGNING_EKU_OID = "0.4.0.2231.3.0";

  /** User names usable for examiners' certificates (and as file names). */
  private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

  static final String COUNTRY = "XX";
  static final String ORGANIZATION = "IPFlow Development IP Office";
  private static final String ORGANIZATION_IDENTIFIER = "NTRXX-IPFLOW-DEV";
  private static final Duration CA_VALIDITY = Duration.ofDays(20 * 365 + 5);
  private static final Duration LEAF_VALIDITY = Duration.ofDays(10 * 365 + 2);
  // The .invalid top-level domain never resolves (RFC 2606): validation is offline and takes the
  // CRLs, OCSP responses and CA certificates from the PKI directory; these URLs only say where a
  // real PKI would publish them.
  private static final String CRL_BASE_URL = "http://pki.ipflow.invalid/crl/";
  private static final String CA_BASE_URL = "http://pki.ipflow.invalid/ca/";
  static final String OCSP_URL = "http://pki.ipflow.invalid/ocsp";
  private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

  private static final Object JVM_LOCK = new Object();

  private final Path directory;
  private final X509Certificate rootCa;
  private final X509Certificate issuingCa;
  private final X509Certificate officeSeal;
  private final X509Certificate tsa;
  private final X509Certificate ocspResponder;
  private final X509Certificate trustedListSigner;
  private volatile Map<String, String> passwords;

  private DevelopmentPki(Path directory) {
    this.directory = directory;
    this.passwords = readPasswords(directory);
    this.rootCa = readCertificate(directory.resolve(ROOT_CA_CERTIFICATE_FILE));
    this.issuingCa = readCertificate(directory.resolve(ISSUING_CA_CERTIFICATE_FILE));
    this.officeSeal = readCertificate(directory.resolve(OFFICE_SEAL_CERTIFICATE_FILE));
    this.tsa = readCertificate(directory.resolve(TSA_CERTIFICATE_FILE));
    this.ocspResponder = readCertificate(directory.resolve(OCSP_RESPONDER_CERTIFICATE_FILE));
    this.trustedListSigner =
        readCertificate(directory.resolve(TRUSTED_LIST_SIGNER_CERTIFICATE_FILE));
  }

  /**
   * Returns the development PKI in {@code directory}, generating it first if the directory does not
   * hold one yet. Existing keys and certificates are loaded and never regenerated; the parts added
   * in later versions of this class (OCSP responder, trusted list) are added if missing. A
   * directory holding only part of a PKI (an interrupted generation, stray files) is refused rather
   * than overwritten.
   *
   * @throws SigningException if the PKI cannot be generated or read
   */
  public static DevelopmentPki ensure(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    if (Files.exists(dir.resolve(PASSWORDS_FILE)) && !needsUpgrade(dir)) {
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
          if (needsUpgrade(dir)) {
            new Generator(dir).upgrade();
          }
          return new DevelopmentPki(dir);
        }
      } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
        throw new SigningException("Cannot create or load the development PKI in " + dir, e);
      }
    }
  }

  private static boolean needsUpgrade(Path dir) {
    return !Files.exists(dir.resolve(OCSP_RESPONDER_CERTIFICATE_FILE))
        || !Files.exists(dir.resolve(TRUSTED_LIST_SIGNER_CERTIFICATE_FILE))
        || !Files.exists(dir.resolve(TRUSTED_LIST_FILE));
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

  /** The OCSP responder (delegated by the issuing CA; id-pkix-ocsp-nocheck). */
  public X509Certificate ocspResponderCertificate() {
    return ocspResponder;
  }

  /** The self-signed certificate that signs {@link #trustedListFile()}. */
  public X509Certificate trustedListSigningCertificate() {
    return trustedListSigner;
  }

  /**
   * The custom trusted list (ETSI TS 119 612 v2.1.1, XAdES-signed by {@link
   * #trustedListSigningCertificate()}) listing the issuing CA as a granted CA/QC service for
   * qualified signatures and seals.
   */
  public Path trustedListFile() {
    return directory.resolve(TRUSTED_LIST_FILE);
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

  /**
   * The examiner's personal signature certificate (natural person, QcCompliance, QcType esign; key
   * in a PKCS#12 file, so no QcSSCD), generated into {@code officers/} on first use and loaded
   * unchanged afterwards.
   *
   * @throws IllegalArgumentException if {@code userName} is not a plain user name
   */
  public X509Certificate officerCertificate(String userName) {
    Path certificate = ensureOfficer(userName).resolve(userName + ".crt");
    return readCertificate(certificate);
  }

  /**
   * The PKCS#12 file of an examiner's key, generated on first use (see {@link
   * #officerCertificate}).
   */
  public Path officerKeyStoreFile(String userName) {
    return ensureOfficer(userName).resolve(userName + ".p12");
  }

  /**
   * Issues a certificate from the issuing CA for a key held elsewhere, typically one generated
   * inside a PKCS#11 token (HSM / QSCD). Returns the chain: the new certificate, issuing CA, root.
   *
   * @param publicKey the key to certify
   * @param role {@link SignerRole#OFFICE_SEAL}: legal person, QcType eseal; {@link
   *     SignerRole#OFFICER_SIGNATURE}: natural person, QcType esign
   * @param commonName the subject's common name
   * @param keyInQscd whether the private key is in a qualified signature creation device: only then
   *     does the certificate carry the QcSSCD statement (and a QCP-x-qscd policy)
   * @param notBefore start of validity
   * @param notAfter end of validity (capped at the issuing CA's)
   */
  public List<X509Certificate> issueCertificate(
      PublicKey publicKey,
      SignerRole role,
      String commonName,
      boolean keyInQscd,
      Instant notBefore,
      Instant notAfter) {
    try {
      Generator generator = new Generator(directory);
      X509Certificate certificate =
          generator.leaf(
              publicKey,
              role,
              commonName,
              keyInQscd,
              notBefore,
              notAfter,
              issuingCa,
              issuingCaKey().getPrivateKey());
      return List.of(certificate, issuingCa, rootCa);
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new SigningException("Cannot issue a certificate for " + commonName, e);
    }
  }

  /**
   * {@link #issueCertificate(PublicKey, SignerRole, String, boolean, Instant, Instant)} for 10
   * years.
   */
  public List<X509Certificate> issueCertificate(
      PublicKey publicKey, SignerRole role, String commonName, boolean keyInQscd) {
    Instant now = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
    return issueCertificate(publicKey, role, commonName, keyInQscd, now, now.plus(LEAF_VALIDITY));
  }

  /**
   * Makes sure the PKCS#11 token holds a key under {@code token.alias()} with a certificate from
   * this PKI, for development and tests (SoftHSM2 standing in for an HSM / QSCD): when the label is
   * not there yet, an EC P-256 key pair is generated <em>inside</em> the token (a private token
   * object, sensitive and not extractable), certified by the issuing CA <em>with</em> the QcSSCD
   * statement (the key is in the device), and the chain is stored in the token beside it. A key
   * already there is left as it is. Returns the chain in the token.
   *
   * <p>Never used for keys in files: only a key generated inside the token gets QcSSCD.
   *
   * @param token the token, with the key's label as its alias (required)
   * @param role office seal (legal person, eseal) or an officer (natural person, esign)
   * @param commonName the subject's common name of a new certificate
   * @throws SigningException if the token cannot be opened or the key cannot be generated
   */
  public List<X509Certificate> ensureKeyInToken(
      KeySource.Pkcs11 token, SignerRole role, String commonName) {
    if (token.alias() == null || token.alias().isBlank()) {
      throw new IllegalArgumentException("A key in a token needs its label (alias)");
    }
    synchronized (JVM_LOCK) {
      try {
        java.security.Provider provider =
            java.security.Security.getProvider("SunPKCS11")
                .configure(
                    "--name=ipflow-provisioning-"
                        + token.alias().replaceAll("[^A-Za-z0-9]", "")
                        + "\nlibrary="
                        + token.library()
                        + "\nslotListIndex="
                        + token.slotListIndex()
                        + "\nattributes(generate, CKO_PRIVATE_KEY, *) = {\n"
                        + "  CKA_TOKEN = true\n  CKA_PRIVATE = true\n  CKA_SENSITIVE = true\n"
                        + "  CKA_EXTRACTABLE = false\n}\n"
                        + "attributes(generate, CKO_PUBLIC_KEY, *) = {\n  CKA_TOKEN = true\n}\n");
        KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
        keyStore.load(null, token.pin().toCharArray());
        if (keyStore.isKeyEntry(token.alias())) {
          Certificate[] chain = keyStore.getCertificateChain(token.alias());
          if (chain != null && chain.length > 0) {
            List<X509Certificate> existing = new ArrayList<>();
            for (Certificate certificate : chain) {
              existing.add((X509Certificate) certificate);
            }
            return existing;
          }
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        List<X509Certificate> chain = issueCertificate(keys.getPublic(), role, commonName, true);
        keyStore.setKeyEntry(
            token.alias(), keys.getPrivate(), null, chain.toArray(new Certificate[0]));
        return chain;
      } catch (GeneralSecurityException | IOException | RuntimeException e) {
        throw new SigningException(
            "Cannot provision the key '" + token.alias() + "' in " + token + ": " + e, e);
      }
    }
  }

  /**
   * Revokes a certificate issued by the issuing CA as of {@code revocationTime}: the issuing CA's
   * CRL is re-issued (next CRL number) and the OCSP responder answers "revoked" from then on.
   */
  public void revoke(X509Certificate certificate, Instant revocationTime) {
    if (!certificate.getIssuerX500Principal().equals(issuingCa.getSubjectX500Principal())) {
      throw new IllegalArgumentException("Not issued by the development issuing CA");
    }
    synchronized (JVM_LOCK) {
      try (FileChannel channel =
              FileChannel.open(
                  directory.resolve(LOCK_FILE),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock ignored = channel.lock()) {
        Map<BigInteger, Instant> revoked = new TreeMap<>(revocations());
        revoked.putIfAbsent(certificate.getSerialNumber(), revocationTime);
        StringBuilder text = new StringBuilder("# serial (hex) = revocation time\n");
        revoked.forEach(
            (serial, time) ->
                text.append(serial.toString(16)).append('=').append(time).append('\n'));
        Generator generator = new Generator(directory);
        generator.write(REVOCATIONS_FILE, text.toString().getBytes(StandardCharsets.US_ASCII));
        X509CRL current = readCrl(directory.resolve(ISSUING_CA_CRL_FILE));
        BigInteger number =
            current.getExtensionValue(Extension.cRLNumber.getId()) == null
                ? BigInteger.ONE
                : CRLNumber.getInstance(
                        org.bouncycastle.asn1.ASN1OctetString.getInstance(
                                current.getExtensionValue(Extension.cRLNumber.getId()))
                            .getOctets())
                    .getCRLNumber();
        generator.writeCrl(
            ISSUING_CA_CRL_FILE,
            issuingCa,
            issuingCaKey().getPrivateKey(),
            number.add(BigInteger.ONE),
            revoked);
      } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
        throw new SigningException("Cannot revoke " + certificate.getSerialNumber(), e);
      }
    }
  }

  /** Serial numbers revoked by the issuing CA, with their revocation times. */
  Map<BigInteger, Instant> revocations() {
    Path file = directory.resolve(REVOCATIONS_FILE);
    if (!Files.exists(file)) {
      return Map.of();
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (IOException e) {
      throw new SigningException("Cannot read " + file, e);
    }
    Map<BigInteger, Instant> result = new TreeMap<>();
    for (String serial : properties.stringPropertyNames()) {
      result.put(new BigInteger(serial, 16), Instant.parse(properties.getProperty(serial)));
    }
    return result;
  }

  /** Last modification of the revocation state (for caches). */
  long revocationsVersion() {
    try {
      Path file = directory.resolve(REVOCATIONS_FILE);
      return Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() + Files.size(file) : 0;
    } catch (IOException e) {
      return -1;
    }
  }

  /** Password of a PKCS#12 file of this PKI (store and key use the same one). */
  char[] keyStorePassword(String keyStoreFileName) {
    String password = passwords.get(keyStoreFileName);
    if (password == null) {
      passwords = readPasswords(directory);
      password = passwords.get(keyStoreFileName);
    }
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

  KeyStore.PrivateKeyEntry ocspResponderKey() {
    return loadKeyEntry(OCSP_RESPONDER_KEYSTORE_FILE, OCSP_RESPONDER_ALIAS);
  }

  KeyStore.PrivateKeyEntry issuingCaKey() {
    return loadKeyEntry(ISSUING_CA_KEYSTORE_FILE, ISSUING_CA_ALIAS);
  }

  /** Password of an examiner's PKCS#12 file. */
  char[] officerKeyStorePassword(String userName) {
    ensureOfficer(userName);
    return keyStorePassword(OFFICERS_DIRECTORY + "/" + userName + ".p12");
  }

  private Path ensureOfficer(String userName) {
    if (userName == null || !USER_NAME.matcher(userName).matches()) {
      throw new IllegalArgumentException(
          "Not a usable examiner user name: "
              + userName
              + " (letters, digits, '.', '_', '@', '-'; at most 64)");
    }
    Path officers = directory.resolve(OFFICERS_DIRECTORY);
    if (Files.exists(officers.resolve(userName + ".crt"))) {
      return officers;
    }
    synchronized (JVM_LOCK) {
      try {
        Files.createDirectories(officers);
        try (FileChannel channel =
                FileChannel.open(
                    directory.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock ignored = channel.lock()) {
          if (!Files.exists(officers.resolve(userName + ".crt"))) {
            new Generator(directory).officer(userName, issuingCa, issuingCaKey().getPrivateKey());
            passwords = readPasswords(directory);
          }
        }
      } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
        throw new SigningException("Cannot create the certificate of examiner " + userName, e);
      }
    }
    return officers;
  }

  KeyStore.PrivateKeyEntry loadKeyEntry(String fileName, String alias) {
    char[] password = keyStorePassword(fileName);
    try (InputStream in = Files.newInputStream(directory.resolve(fileName))) {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(in, password);
      KeyStore.Entry entry = keyStore.getEntry(alias, new KeyStore.PasswordProtection(password));
      if (!(entry instanceof KeyStore.PrivateKeyEntry privateKeyEntry)) {
        throw new SigningException("No private key '" + alias + "' in " + fileName);
      }
      return BouncyCastleKeys.of(privateKeyEntry);
    } catch (IOException | GeneralSecurityException e) {
      throw new SigningException("Cannot read key '" + alias + "' from " + fileName, e);
    }
  }

  static X509Certificate readCertificate(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException | GeneralSecurityException e) {
      throw new SigningException("Cannot read certificate " + file, e);
    }
  }

  static X509CRL readCrl(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return (X509CRL)
          CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(bytes));
    } catch (IOException | GeneralSecurityException e) {
      throw new SigningException("Cannot read CRL " + file, e);
    }
  }

  private static Map<String, String> readPasswords(Path directory) {
    Map<String, String> result = new TreeMap<>();
    for (String name : List.of(PASSWORDS_FILE, EXTRA_PASSWORDS_FILE)) {
      Path file = directory.resolve(name);
      if (!Files.exists(file)) {
        continue;
      }
      Properties properties = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        properties.load(in);
      } catch (IOException e) {
        throw new SigningException("Cannot read " + file, e);
      }
      properties.stringPropertyNames().forEach(key -> result.put(key, properties.getProperty(key)));
    }
    return Map.copyOf(result);
  }

  /** Generates a new PKI into an empty directory, or adds to an existing one. */
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
              notBefore,
              notBefore.plus(CA_VALIDITY),
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
              notBefore,
              notBefore.plus(CA_VALIDITY),
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

      KeyPair sealKeys = newKeyPair();
      X509Certificate seal =
          leaf(
              sealKeys.getPublic(),
              SignerRole.OFFICE_SEAL,
              "IPFlow Development Office Seal",
              false,
              notBefore,
              notBefore.plus(LEAF_VALIDITY),
              issuing,
              issuingKeys.getPrivate());

      KeyPair tsaKeys = newKeyPair();
      X509Certificate tsaCertificate =
          certificate(
              name("IPFlow Development Time-Stamping Unit"),
              tsaKeys.getPublic(),
              subject(issuing),
              issuingKeys.getPrivate(),
              issuing,
              notBefore,
              notBefore.plus(LEAF_VALIDITY),
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
                revocationPointers(builder);
              });

      // CRLs are issued after every certificate, so they are "issued after certificate issuance".
      writeCrl(ROOT_CA_CRL_FILE, root, rootKeys.getPrivate(), BigInteger.ONE, Map.of());
      writeCrl(ISSUING_CA_CRL_FILE, issuing, issuingKeys.getPrivate(), BigInteger.ONE, Map.of());

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
      write(PASSWORDS_FILE, passwordsFile(passwords).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Adds what PKIs of earlier versions lack: OCSP responder, trusted list signer and list. */
    void upgrade() throws IOException, GeneralSecurityException, OperatorCreationException {
      DevelopmentPkiPartial base = new DevelopmentPkiPartial(dir);
      X509Certificate issuing = readCertificate(dir.resolve(ISSUING_CA_CERTIFICATE_FILE));
      X509Certificate root = readCertificate(dir.resolve(ROOT_CA_CERTIFICATE_FILE));
      PrivateKey issuingKey = base.key(ISSUING_CA_KEYSTORE_FILE, ISSUING_CA_ALIAS);
      passwords.putAll(base.extraPasswords());
      if (!Files.exists(dir.resolve(OCSP_RESPONDER_CERTIFICATE_FILE))) {
        KeyPair keys = newKeyPair();
        X509Certificate responder =
            certificate(
                name("IPFlow Development OCSP Responder"),
                keys.getPublic(),
                subject(issuing),
                issuingKey,
                issuing,
                notBefore,
                notBefore.plus(LEAF_VALIDITY),
                builder -> {
                  builder.addExtension(
                      Extension.basicConstraints, false, new BasicConstraints(false));
                  builder.addExtension(
                      Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                  builder.addExtension(
                      Extension.extendedKeyUsage,
                      true,
                      new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning));
                  // RFC 6960 4.2.2.2.1: the responder's own certificate is not checked.
                  builder.addExtension(
                      new ASN1ObjectIdentifier("1.3.6.1.5.5.7.48.1.5"), false, DERNull.INSTANCE);
                });
        writeKeyStore(
            OCSP_RESPONDER_KEYSTORE_FILE,
            OCSP_RESPONDER_ALIAS,
            keys.getPrivate(),
            responder,
            issuing,
            root);
        writePem(OCSP_RESPONDER_CERTIFICATE_FILE, responder);
      }
      if (!Files.exists(dir.resolve(TRUSTED_LIST_SIGNER_CERTIFICATE_FILE))) {
        KeyPair keys = newKeyPair();
        X500Name signerName = name("IPFlow Development Trusted List Scheme Operator");
        X509Certificate signer =
            certificate(
                signerName,
                keys.getPublic(),
                signerName,
                keys.getPrivate(),
                null,
                notBefore,
                notBefore.plus(CA_VALIDITY),
                builder -> {
                  builder.addExtension(
                      Extension.basicConstraints, true, new BasicConstraints(false));
                  builder.addExtension(
                      Extension.keyUsage,
                      true,
                      new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                  builder.addExtension(
                      Extension.extendedKeyUsage,
                      false,
                      new ExtendedKeyUsage(
                          KeyPurposeId.getInstance(new ASN1ObjectIdentifier(TSL_SIGNING_EKU_OID))));
                });
        writeKeyStore(
            TRUSTED_LIST_SIGNER_KEYSTORE_FILE,
            TRUSTED_LIST_SIGNER_ALIAS,
            keys.getPrivate(),
            signer);
        writePem(TRUSTED_LIST_SIGNER_CERTIFICATE_FILE, signer);
      }
      write(EXTRA_PASSWORDS_FILE, passwordsFile(passwords).getBytes(StandardCharsets.ISO_8859_1));
      if (!Files.exists(dir.resolve(TRUSTED_LIST_FILE))) {
        Map<String, String> all = readPasswords(dir);
        char[] password = all.get(TRUSTED_LIST_SIGNER_KEYSTORE_FILE).toCharArray();
        KeyStore.PrivateKeyEntry signerKey =
            base.entry(TRUSTED_LIST_SIGNER_KEYSTORE_FILE, TRUSTED_LIST_SIGNER_ALIAS, password);
        // The CA/QC service is granted from before anything this PKI issued.
        Instant statusStart = issuing.getNotBefore().toInstant().minus(Duration.ofDays(1));
        byte[] list =
            DevelopmentTrustedList.create(
                issuing, statusStart, Instant.now(), issuing.getNotAfter().toInstant(), signerKey);
        write(TRUSTED_LIST_FILE, list);
      }
    }

    void officer(String userName, X509Certificate issuing, PrivateKey issuingKey)
        throws IOException, GeneralSecurityException, OperatorCreationException {
      DevelopmentPkiPartial base = new DevelopmentPkiPartial(dir);
      passwords.putAll(base.extraPasswords());
      X509Certificate root = readCertificate(dir.resolve(ROOT_CA_CERTIFICATE_FILE));
      KeyPair keys = newKeyPair();
      Instant start = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
      X509Certificate certificate =
          leaf(
              keys.getPublic(),
              SignerRole.OFFICER_SIGNATURE,
              userName,
              false,
              start,
              start.plus(LEAF_VALIDITY),
              issuing,
              issuingKey);
      String base12 = OFFICERS_DIRECTORY + "/" + userName + ".p12";
      writeKeyStore(base12, OFFICER_ALIAS, keys.getPrivate(), certificate, issuing, root);
      write(EXTRA_PASSWORDS_FILE, passwordsFile(passwords).getBytes(StandardCharsets.ISO_8859_1));
      // Written last: marks a complete examiner entry.
      writePem(OFFICERS_DIRECTORY + "/" + userName + ".crt", certificate);
    }

    X509Certificate leaf(
        PublicKey publicKey,
        SignerRole role,
        String commonName,
        boolean keyInQscd,
        Instant from,
        Instant until,
        X509Certificate issuing,
        PrivateKey issuingKey)
        throws IOException, GeneralSecurityException, OperatorCreationException {
      boolean seal = role == SignerRole.OFFICE_SEAL;
      X500Name subject = seal ? name(commonName) : personName(commonName);
      String policy =
          seal
              ? (keyInQscd ? QCP_LEGAL_QSCD_OID : QCP_LEGAL_OID)
              : (keyInQscd ? QCP_NATURAL_QSCD_OID : QCP_NATURAL_OID);
      return certificate(
          subject,
          publicKey,
          subject(issuing),
          issuingKey,
          issuing,
          from,
          until,
          builder -> {
            builder.addExtension(Extension.basicConstraints, false, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.nonRepudiation));
            builder.addExtension(
                Extension.certificatePolicies,
                false,
                new CertificatePolicies(new PolicyInformation(new ASN1ObjectIdentifier(policy))));
            List<ASN1Encodable> statements = new ArrayList<>();
            statements.add(new QCStatement(ETSIQCObjectIdentifiers.id_etsi_qcs_QcCompliance));
            // QcSSCD only for keys inside a qualified signature creation device (PKCS#11 token).
            if (keyInQscd) {
              statements.add(new QCStatement(ETSIQCObjectIdentifiers.id_etsi_qcs_QcSSCD));
            }
            statements.add(
                new QCStatement(
                    ETSIQCObjectIdentifiers.id_etsi_qcs_QcType,
                    new DERSequence(
                        seal
                            ? ETSIQCObjectIdentifiers.id_etsi_qct_eseal
                            : ETSIQCObjectIdentifiers.id_etsi_qct_esign)));
            builder.addExtension(
                Extension.qCStatements,
                false,
                new DERSequence(statements.toArray(new ASN1Encodable[0])));
            revocationPointers(builder);
          });
    }

    private void revocationPointers(X509v3CertificateBuilder builder) throws IOException {
      builder.addExtension(
          Extension.cRLDistributionPoints, false, crlDistributionPoint(ISSUING_CA_CRL_FILE));
      builder.addExtension(
          Extension.authorityInfoAccess,
          false,
          new AuthorityInformationAccess(
              new AccessDescription[] {
                new AccessDescription(
                    AccessDescription.id_ad_caIssuers,
                    new GeneralName(
                        GeneralName.uniformResourceIdentifier,
                        CA_BASE_URL + ISSUING_CA_CERTIFICATE_FILE)),
                new AccessDescription(
                    AccessDescription.id_ad_ocsp,
                    new GeneralName(GeneralName.uniformResourceIdentifier, OCSP_URL))
              }));
    }

    private static X500Name subject(X509Certificate certificate) {
      return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    private X500Name name(String commonName) {
      return new X500NameBuilder(BCStyle.INSTANCE)
          .addRDN(BCStyle.C, COUNTRY)
          .addRDN(BCStyle.O, ORGANIZATION)
          .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, ORGANIZATION_IDENTIFIER)
          .addRDN(BCStyle.CN, commonName)
          .build();
    }

    /** A natural person (an examiner of the office). */
    private X500Name personName(String commonName) {
      return new X500NameBuilder(BCStyle.INSTANCE)
          .addRDN(BCStyle.C, COUNTRY)
          .addRDN(BCStyle.O, ORGANIZATION)
          .addRDN(BCStyle.SERIALNUMBER, "IPFLOW-" + commonName)
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
        Instant from,
        Instant until,
        Extensions extensions)
        throws IOException, GeneralSecurityException, OperatorCreationException {
      Instant notAfter = until;
      if (issuerCertificate != null
          && notAfter.isAfter(issuerCertificate.getNotAfter().toInstant())) {
        notAfter = issuerCertificate.getNotAfter().toInstant();
      }
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              issuer, serialNumber(), Date.from(from), Date.from(notAfter), subject, subjectKey);
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

    void writeCrl(
        String fileName,
        X509Certificate issuer,
        PrivateKey issuerKey,
        BigInteger number,
        Map<BigInteger, Instant> revoked)
        throws IOException, GeneralSecurityException, OperatorCreationException {
      Instant thisUpdate = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      JcaX509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuer, Date.from(thisUpdate));
      // Valid for the life of the CA: the development PKI publishes no CRL periodically; a new
      // one is issued only when something is revoked.
      builder.setNextUpdate(issuer.getNotAfter());
      revoked.forEach(
          (serial, time) -> builder.addCRLEntry(serial, Date.from(time), CRLReason.keyCompromise));
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          extensionUtils.createAuthorityKeyIdentifier(issuer));
      builder.addExtension(Extension.cRLNumber, false, new CRLNumber(number));
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
      Path target = dir.resolve(fileName);
      Path temporary = Files.createTempFile(target.getParent(), ".tmp-", ".p12");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        keyStore.store(out, password);
      }
      moveInPlace(temporary, target);
    }

    private char[] newPassword() {
      byte[] bytes = new byte[24];
      random.nextBytes(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    void write(String fileName, byte[] content) throws IOException {
      Path target = dir.resolve(fileName);
      Path temporary = Files.createTempFile(target.getParent(), ".tmp-", ".part");
      Files.write(temporary, content);
      moveInPlace(temporary, target);
    }

    private static void moveInPlace(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }

    private String passwordsFile(Map<String, String> entries) {
      StringBuilder text = new StringBuilder();
      text.append(
          "# DEVELOPMENT ONLY: passwords of the PKCS#12 files of the IPFlow development PKI.\n");
      text.append("# Generated at random on ")
          .append(notBefore.atOffset(ZoneOffset.UTC))
          .append(".\n");
      text.append("# Never use this PKI, or passwords stored like this, in production.\n");
      for (Map.Entry<String, String> entry : entries.entrySet()) {
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
          stored in plain text in passwords.properties and extra-passwords.properties next to
          them. That is acceptable only for a development PKI: keep this directory private all the
          same.

          Do NOT delete or regenerate this directory while anything signed with it still matters:
          a new PKI has a new root CA, and every signature issued with the old one would no longer
          validate. DevelopmentPki.ensure() never overwrites an existing PKI.

          Files
            root-ca.crt       root CA certificate (PEM)
            root-ca.p12       root CA key (alias root-ca)
            root-ca.crl       CRL of the root CA (DER)
            issuing-ca.crt    issuing CA certificate (PEM): the CA/QC service of the trusted list
            issuing-ca.p12    issuing CA key (alias issuing-ca)
            issuing-ca.crl    CRL of the issuing CA (DER; re-issued when something is revoked)
            office-seal.crt   office seal certificate (legal person; QcCompliance, QcType eseal)
            office-seal.p12   office seal key (alias office-seal)
            tsa.crt           time-stamping unit certificate (extendedKeyUsage timeStamping)
            tsa.p12           time-stamping unit key (alias tsa)
            ocsp-responder.crt/.p12  OCSP responder of the issuing CA (alias ocsp-responder)
            tl-signer.crt/.p12       signer of the trusted list (alias tl-signer)
            trusted-list.xml  custom ETSI TS 119 612 trusted list: issuing CA as granted CA/QC
            officers/NAME.crt/.p12   examiners' signature certificates (QcType esign; alias officer)
            revocations.properties   certificates revoked by the issuing CA
            passwords.properties, extra-passwords.properties  passwords of the .p12 files

          Keys are EC P-256, signatures ECDSA with SHA-256. CAs are valid 20 years, the other
          certificates 10 years.
          """;
    }
  }

  /** Reads keys of a PKI being upgraded (before a DevelopmentPki object can be built). */
  private static final class DevelopmentPkiPartial {
    private final Path dir;
    private final Map<String, String> passwords;

    DevelopmentPkiPartial(Path dir) {
      this.dir = dir;
      this.passwords = readPasswords(dir);
    }

    Map<String, String> extraPasswords() {
      Map<String, String> extra = new TreeMap<>();
      Path file = dir.resolve(EXTRA_PASSWORDS_FILE);
      if (Files.exists(file)) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
          properties.load(in);
        } catch (IOException e) {
          throw new SigningException("Cannot read " + file, e);
        }
        properties.stringPropertyNames().forEach(k -> extra.put(k, properties.getProperty(k)));
      }
      return extra;
    }

    PrivateKey key(String fileName, String alias) {
      return entry(fileName, alias, passwords.get(fileName).toCharArray()).getPrivateKey();
    }

    KeyStore.PrivateKeyEntry entry(String fileName, String alias, char[] password) {
      try (InputStream in = Files.newInputStream(dir.resolve(fileName))) {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(in, password);
        return (KeyStore.PrivateKeyEntry)
            keyStore.getEntry(alias, new KeyStore.PasswordProtection(password));
      } catch (IOException | GeneralSecurityException e) {
        throw new SigningException("Cannot read key '" + alias + "' from " + fileName, e);
      }
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
