package dev.citegraph.cli;

import dev.citegraph.dsl.QueryException;
import dev.citegraph.extractor.ingest.ReportReadException;
import dev.citegraph.extractor.llm.LlmUnavailableException;
import dev.citegraph.graph.store.StoreException;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/** Which exceptions are a person's mistake or circumstance (told plainly), as opposed to citegraph's bugs. */
final class UserErrors {
    private UserErrors() {
    }

    static boolean isUserError(Throwable error) {
        return error instanceof UserException
                || error instanceof QueryException
                || error instanceof ReportReadException
                || error instanceof LlmUnavailableException
                || error instanceof StoreException
                || error instanceof UncheckedIOException
                || error instanceof NoSuchFileException;
    }

    static String message(Throwable error) {
        if (error instanceof NoSuchFileException missing) {
            return "file not found: " + missing.getFile() + " (check the path)";
        }
        if (error instanceof UncheckedIOException io && io.getCause() != null && io.getMessage() == null) {
            return io.getCause().getMessage();
        }
        return error.getMessage();
    }
}
