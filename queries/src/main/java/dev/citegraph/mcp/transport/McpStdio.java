package dev.citegraph.mcp.transport;

import dev.citegraph.mcp.CitegraphTools;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;

/**
 * The tools over stdio, as chat clients launch local servers: JSON-RPC messages one a line on the streams given
 * (nothing else may be written to that output), served until the client closes the input.
 */
public final class McpStdio {
    private McpStdio() {
    }

    /** Serves until {@code in} ends (the client closed it or went away), then closes the server. */
    public static void serve(CitegraphTools tools, InputStream in, OutputStream out) throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        StdioServerTransportProvider transport = new StdioServerTransportProvider(McpJsonDefaults.getMapper(),
                new EndSignallingInput(in, ended), out);
        McpSyncServer server = tools.serve(McpServer.sync(transport));
        try {
            ended.await();
        } finally {
            server.closeGracefully();
        }
    }

    /** Counts the latch down when the stream ends or fails: the transport itself tells no one. */
    private static final class EndSignallingInput extends FilterInputStream {
        private final CountDownLatch ended;

        EndSignallingInput(InputStream in, CountDownLatch ended) {
            super(in);
            this.ended = ended;
        }

        @Override
        public int read() throws IOException {
            return signal(() -> super.read());
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return signal(() -> super.read(buffer, offset, length));
        }

        @Override
        public void close() throws IOException {
            ended.countDown();
            super.close();
        }

        private int signal(Read read) throws IOException {
            try {
                int n = read.run();
                if (n < 0) ended.countDown();
                return n;
            } catch (IOException | RuntimeException e) {
                ended.countDown();
                throw e;
            }
        }

        private interface Read {
            int run() throws IOException;
        }
    }
}
