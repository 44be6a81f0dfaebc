package org.ipflow.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public API is neutral: no generated ST.96 type, no framework type in any signature. */
class PublicApiTest {

  private static final List<Class<?>> PUBLIC_API =
      List.of(
          IpRight.class,
          St13.class,
          FilingDocument.class,
          FilingDocument.Builder.class,
          FilingDocument.Party.class,
          FilingDocument.Mark.class,
          FilingDocument.GoodsServices.class,
          FilingDocument.Design.class,
          FilingDocument.Invention.class,
          FilingDocument.Priority.class,
          ProcedureEvent.class,
          StatusEvent.class,
          St96Exception.class,
          St96Reader.class,
          St96Writer.class,
          St97Json.class,
          LegalStatus.class,
          LegalStatus.Code.class,
          LegalStatus.CodedEvent.class);

  @Test
  void publicSignaturesUseNeitherTheGeneratedBindingNorAnyFramework() {
    List<String> offending = new ArrayList<>();
    for (Class<?> type : PUBLIC_API) {
      for (Executable e :
          Stream.concat(Stream.of(type.getMethods()), Stream.of(type.getConstructors())).toList()) {
        if (!Modifier.isPublic(e.getModifiers()) || e.getDeclaringClass() == Object.class) {
          continue;
        }
        List<Class<?>> types = new ArrayList<>(List.of(e.getParameterTypes()));
        if (e instanceof Method m) {
          types.add(m.getReturnType());
        }
        for (Class<?> t : types) {
          String name = t.getName();
          if (name.startsWith("org.ipflow.formats.st96")
              || name.startsWith("jakarta.")
              || name.startsWith("org.springframework")
              || name.startsWith("org.operaton")) {
            offending.add(type.getSimpleName() + "." + e.getName() + " uses " + name);
          }
        }
      }
      if (type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          assertThat(c.getType().getName()).doesNotStartWith("org.ipflow.formats.st96");
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  @Test
  void generatedBindingIsNotPartOfThePublicPackage() {
    assertThat(org.ipflow.formats.st96.generated.trademark.ObjectFactory.class.getPackageName())
        .startsWith("org.ipflow.formats.st96.generated.");
    assertThat(Modifier.isPublic(SafeXml.class.getModifiers())).isFalse();
    assertThat(Modifier.isPublic(St96Document.class.getModifiers())).isFalse();
  }
}
