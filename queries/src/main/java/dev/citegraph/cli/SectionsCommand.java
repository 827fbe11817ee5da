package dev.citegraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReadOptions;
import dev.citegraph.extractor.ingest.ReportReadException;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.ingest.SectionQuality;
import dev.citegraph.graph.model.Section;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code kg sections FILE...}: the section tree a report is read into, or its quality against gold headings. */
@Command(name = "sections", mixinStandardHelpOptions = true,
        description = "Print the numbered sections a report is read into (number, title, page, level).")
public final class SectionsCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, jsonl }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF, Markdown, HTML or text report(s).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--password", description = "Password of an encrypted PDF.")
    String password;

    @Option(names = "--gold", paramLabel = "GOLD",
            description = "Gold headings (JSONL, or a directory of <doc-id>.jsonl): print recall and precision instead.")
    Path gold;

    @Option(names = "--all", description = "Also list unnumbered parts (front matter, References).")
    boolean all;

    @Option(names = "--explain", description = "Say after each heading why it was taken (typography, PDF outline).")
    boolean explain;


    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (Path file : files) {
            try {
                IngestedReport report = ReportReaders.read(file, new ReadOptions(password));
                if (gold != null) printQuality(out, report);
                else if (format == Format.jsonl) printJsonl(out, report);
                else printTable(out, report);
            } catch (ReportReadException e) {
                failures++;
                err.println("error: " + e.getMessage());
                if (Kg.isVerbose(spec)) e.printStackTrace(err);
            }
        }
        if (failures > 0 && files.size() > 1) err.println(failures + " of " + files.size() + " files could not be read");
        out.flush();
        err.flush();
        return failures == 0 ? 0 : 1;
    }

    private void printTable(PrintWriter out, IngestedReport report) {
        out.println(report.document().title() + "  [" + report.document().id() + ", " + report.document().pages() + " pages]");
        for (Section section : listed(report)) {
            String indent = "  ".repeat(Math.max(0, section.level() - 1));
            String number = section.number().isEmpty() ? "-" : section.number();
            String tables = section.tables().isEmpty() ? "" : "  [" + section.tables().size() + " table(s)]";
            String why = explain && !report.evidenceFor(section.number()).isEmpty()
                    ? "  <- " + report.evidenceFor(section.number()) : "";
            out.printf("%-8s %s%s  p.%s%s%s%n", number, indent, section.title(), pages(section), tables, why);
        }
    }

    private void printJsonl(PrintWriter out, IngestedReport report) {
        for (Section section : listed(report)) {
            ObjectNode line = json.createObjectNode()
                    .put("doc", section.documentId())
                    .put("number", section.number())
                    .put("title", section.title())
                    .put("page", section.pageStart())
                    .put("level", section.level())
                    .put("pageEnd", section.pageEnd())
                    .put("id", section.id())
                    .put("parent", section.parentId())
                    .put("tables", section.tables().size())
                    .put("chars", section.text().length());
            out.println(line);
        }
    }

    private void printQuality(PrintWriter out, IngestedReport report) {
        Path goldFile = Files.isDirectory(gold) ? gold.resolve(report.document().id() + ".jsonl") : gold;
        if (!Files.isRegularFile(goldFile)) {
            throw new ReportReadException(goldFile + ": no gold headings for " + report.document().id()
                    + "; give --gold a JSONL file or a directory holding " + report.document().id() + ".jsonl");
        }
        SectionQuality quality = SectionQuality.compare(report.sections(), SectionQuality.readGold(goldFile));
        out.println(report.document().id() + ": " + quality.summary());
        quality.missing().forEach(h -> out.println("  missing    " + h));
        quality.unexpected().forEach(h -> out.println("  unexpected " + h));
    }

    private List<Section> listed(IngestedReport report) {
        return all ? report.sections() : report.sections().stream().filter(s -> !s.number().isEmpty()).toList();
    }

    private static String pages(Section section) {
        return section.pageEnd() > section.pageStart() ? section.pageStart() + "-" + section.pageEnd()
                : String.valueOf(section.pageStart());
    }
}
