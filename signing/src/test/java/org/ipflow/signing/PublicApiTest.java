package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DSS (and BouncyCastle) types stay inside the module: the public API shows only JDK types. */
class PublicApiTest {

  private static final List<Class<?>> PUBLIC_API =
      List.of(
          DocumentSigner.class,
          SignatureValidator.class,
          SigningRequest.class,
          SignerRole.class,
          SignatureLevel.class,
          ValidationResult.class,
          SigningException.class,
          DevelopmentPki.class,
          SigningSettings.class,
          Signing.class,
          SignatureFormat.class,
          SigningProfile.class,
          SigningProfiles.class,
          KeySource.class,
          KeySource.Pkcs12.class,
          KeySource.Pkcs11.class,
          TrustSettings.class,
          TrustSettings.Source.class,
          TrustStatus.class,
          PdfA2b.class);

  @Test
  void publicApiExposesNoDssOrBouncyCastleTypes() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : PUBLIC_API) {
      assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isTrue();
      for (Method method : type.getMethods()) {
        if (method.getDeclaringClass() == type) {
          check(leaks, type, method.getGenericReturnType());
          Stream.of(method.getGenericParameterTypes()).forEach(t -> check(leaks, type, t));
          Stream.of(method.getGenericExceptionTypes()).forEach(t -> check(leaks, type, t));
        }
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        Stream.of(constructor.getGenericParameterTypes()).forEach(t -> check(leaks, type, t));
      }
      for (Field field : type.getFields()) {
        check(leaks, type, field.getGenericType());
      }
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          check(leaks, type, component.getGenericType());
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void implementationClassesAreNotPublic() {
    for (Class<?> type :
        List.of(
            DssDocumentSigner.class,
            DssSignatureValidator.class,
            TrustServices.class,
            TrustedLists.class,
            KeyRing.class,
            DevelopmentOcspSource.class,
            PkiCrlSource.class,
            SharedCrlSource.class,
            DevelopmentTrustedList.class,
            ValidationPolicies.class)) {
      assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isFalse();
    }
  }

  private static void check(List<String> leaks, Class<?> owner, Type type) {
    String name = type.getTypeName();
    if (name.contains("eu.europa.esig") || name.contains("org.bouncycastle")) {
      leaks.add(owner.getSimpleName() + ": " + name);
    }
  }
}
