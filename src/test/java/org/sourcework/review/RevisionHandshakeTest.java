package org.sourcework.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcework.responses.ClassWorkService;

/** The revision request is kept in step between feedback and the answer by one owner only. */
class RevisionHandshakeTest {

    private static final Set<String> OPEN_OR_CLOSE =
            Set.of("requestRevision", "requestRevisions", "withdrawRevisionRequest");

    @Test
    void only_the_revision_handshake_opens_or_withdraws_a_students_revision() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sourcework");
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(RevisionHandshake.class.getName())
                .and()
                .doNotHaveFullyQualifiedName(ClassWorkService.class.getName())
                .should()
                .callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "ClassWorkService opens or withdraws a revision",
                        call -> call.getTargetOwner().isEquivalentTo(ClassWorkService.class)
                                && OPEN_OR_CLOSE.contains(call.getName())))
                .check(classes);
    }
}
