package dev.autogen.runtime.compile;

import dev.autogen.api.Migration;
import dev.autogen.api.Revision;
import dev.autogen.runtime.RevisionInfo;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads each compiled migration's {@link Revision} as javac sees it (constants folded), for the
 * compile cache's manifest; given to javac by {@link MigrationCompiler}, never discovered. A class
 * that carries {@code @Revision} but is not a {@link Migration} is left out: it is loaded later,
 * and that reports what is wrong with it.
 */
final class RevisionCollector extends AbstractProcessor {

    private final Map<String, RevisionInfo> revisions = new TreeMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Revision.class.getName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement migration = processingEnv.getElementUtils().getTypeElement(Migration.class.getName());
        for (Element element : round.getElementsAnnotatedWith(Revision.class)) {
            if (!(element instanceof TypeElement type) || migration == null) {
                continue;
            }
            TypeMirror erased = processingEnv.getTypeUtils().erasure(type.asType());
            if (!processingEnv.getTypeUtils().isAssignable(erased, migration.asType())) {
                continue;
            }
            revisions.put(processingEnv.getElementUtils().getBinaryName(type).toString(),
                    RevisionInfo.of(type.getAnnotation(Revision.class)));
        }
        return false;
    }

    /** The revisions read, by binary class name. */
    Map<String, RevisionInfo> revisions() {
        return Map.copyOf(revisions);
    }
}
