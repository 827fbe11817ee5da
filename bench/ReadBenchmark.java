import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages per second of ReportReaders.read on the given PDFs in a warm JVM: WARMUP rounds first, then ROUNDS measured
 * rounds over all files. Prints one line per measured round and a summary with peak heap.
 * Run by bench/ingest-pages.sh: java -cp CLASSPATH bench/ReadBenchmark.java WARMUP ROUNDS FILE...
 */
public class ReadBenchmark {
    public static void main(String[] args) {
        int warmup = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) files.add(Path.of(args[i]));
        for (int i = 0; i < warmup; i++) readAll(files);
        double best = 0;
        long totalPages = 0;
        long totalNanos = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            int pages = readAll(files);
            long nanos = System.nanoTime() - start;
            double rate = pages / (nanos / 1e9);
            best = Math.max(best, rate);
            totalPages += pages;
            totalNanos += nanos;
            System.out.printf("round %d: %d pages in %.2f s = %.1f pages/s%n", i + 1, pages, nanos / 1e9, rate);
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peakHeap += pool.getPeakUsage().getUsed();
        }
        System.out.printf("citegraph: mean %.1f pages/s, best %.1f pages/s, peak heap %d MB%n",
                totalPages / (totalNanos / 1e9), best, peakHeap / (1024 * 1024));
    }

    private static int readAll(List<Path> files) {
        int pages = 0;
        for (Path file : files) {
            IngestedReport report = ReportReaders.read(file);
            pages += report.document().pages();
        }
        return pages;
    }
}
