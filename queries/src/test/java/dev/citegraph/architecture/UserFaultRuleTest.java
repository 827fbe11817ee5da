package dev.citegraph.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.citegraph.extractor.archfixture.ForgottenMarkException;
import dev.citegraph.graph.error.UserFault;
import dev.langchain4j.exception.LangChain4jException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command line tells a UserFault plainly and anything else as a bug (ErrorReporter). Every exception citegraph
 * declares exists to tell a person something, so each must be a UserFault; bugs surface as the JDK's own exceptions.
 * The rule picks exceptions by what they are, not by the mark, so a new one that forgets the mark fails it. Only
 * subclasses of LangChain4j's exceptions are exempt: they speak the model client's language inside the LLM layer,
 * which translates them (ChunkExtractor, AskCommand) before the command line sees them.
 */
class UserFaultRuleTest {
    private static JavaClasses citegraph;

    private static final ArchRule EVERY_EXCEPTION_IS_A_USER_FAULT = classes()
            .that().resideInAPackage("dev.citegraph..")
            .and().areAssignableTo(Throwable.class)
            .and().areNotAssignableTo(LangChain4jException.class)
            .should().implement(UserFault.class)
            .because("kg reports any other exception as an internal error with --verbose advice");

    @BeforeAll
    static void importAllModules() {
        citegraph = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.citegraph");
    }

    @Test
    void everyExceptionCitegraphDeclaresIsAUserFault() {
        EVERY_EXCEPTION_IS_A_USER_FAULT.check(citegraph);
    }

    @Test
    void theRuleCatchesAnExceptionThatForgotTheMark() {
        JavaClasses forgotten = new ClassFileImporter().importClasses(ForgottenMarkException.class);

        assertThatThrownBy(() -> EVERY_EXCEPTION_IS_A_USER_FAULT.check(forgotten))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ForgottenMarkException.class.getName())
                .hasMessageContaining("does not implement " + UserFault.class.getName());
    }

    @Test
    void theRuleSeesTheExceptionsOfEveryModule() {
        assertThat(citegraph.that(assignableTo(Throwable.class).and(not(assignableTo(LangChain4jException.class))))
                .stream().map(JavaClass::getSimpleName))
                .contains("StoreException", "ImportException", "QueryException", "ReportReadException",
                        "LlmConfigException", "LlmUnavailableException", "GoldFileException", "UserException");
    }
}
