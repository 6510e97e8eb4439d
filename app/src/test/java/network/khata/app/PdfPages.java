package network.khata.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PDF a test made, kept for a person to look at: {@code target/screenshots/<name>.pdf} and, where poppler's
 * {@code pdftoppm} is on the machine, its first page as {@code <name>.png} (docs/screenshots has some).
 */
final class PdfPages {
    private PdfPages() {
    }

    static void keep(byte[] pdf, String name) throws IOException, InterruptedException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = Files.write(folder.resolve(name + ".pdf"), pdf);
        if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            new ProcessBuilder("/usr/bin/pdftoppm", "-r", "80", "-png", "-singlefile", "-f", "1", file.toString(),
                    folder.resolve(name).toString()).inheritIO().start().waitFor();
        }
    }
}
