package io.github.schemaguard.report;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The HTML report as a real browser shows it: Debian's headless chromium loads the written file. Needs
 * {@code /usr/bin/chromium}, so it runs only in the {@code browser} profile ({@code .ci/run} turns it on).
 */
@Tag("browser")
class HtmlReportBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final long TIME_LIMIT_SECONDS = 60;
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 900;
    /** The masthead's background, {@code #101828}: proof that the inline styles were applied. */
    private static final String MASTHEAD_RGB = "101828";

    @TempDir
    Path tmp;

    @Test
    void theRenderedPageHoldsEveryFindingAndTheSummaryCounts() throws Exception {
        String dom = chromium("--dump-dom", writeReport());

        assertThat(count(dom, "<article class=\"finding ")).isEqualTo(5);
        assertThat(count(dom, "<section class=\"group\"")).isEqualTo(5);
        assertThat(totals(dom)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "error", 1, "warning", 2, "info", 1, "baselined", 1, "suppressed", 1));
        assertThat(dom).contains("<h1>Fails the build</h1>", "<span class=\"badge status\">suppressed</span>",
                "<span class=\"badge status\">baselined</span>");
        // The inline script ran: it shows the copy button, which the markup alone keeps hidden
        assertThat(dom).contains("<button type=\"button\" class=\"copy\">Copy SQL</button>")
                .doesNotContain("class=\"copy\" hidden");
    }

    @Test
    void theScreenshotOnALaptopScreenShowsTheStyledPage() throws Exception {
        Path png = tmp.resolve("report.png");
        chromium("--screenshot=" + png, writeReport());

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        assertThat("%06x".formatted(image.getRGB(2, 2) & 0xFFFFFF)).as("masthead colour").isEqualTo(MASTHEAD_RGB);
        // Styled text, badges and cards give thousands of colours (anti-aliasing); a bare page of text about 200
        assertThat(distinctColours(image)).isGreaterThan(1000);
    }

    private String writeReport() throws IOException {
        return ReportFormat.HTML.writeTo(tmp.resolve("schemaguard"), HtmlReportTest.mixedInput()).toUri().toString();
    }

    /** Runs headless chromium on a fresh profile, offline as far as it allows, and returns what it printed. */
    private String chromium(String action, String url) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(tmp.resolve("chromium-profile"));
        Path stdout = tmp.resolve("chromium.out");
        Path stderr = tmp.resolve("chromium.err");
        List<String> command = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT, action, url));
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("chromium did not finish within " + TIME_LIMIT_SECONDS + "s: " + Files.readString(stderr));
        }
        assertThat(process.exitValue()).as("chromium exit code; stderr: %s", Files.readString(stderr)).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static Map<String, Integer> totals(String dom) {
        Matcher matcher = Pattern.compile("data-total=\"(\\w+)\"><span class=\"count\">(\\d+)</span>").matcher(dom);
        Map<String, Integer> totals = new HashMap<>();
        while (matcher.find()) {
            totals.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        return totals;
    }

    private static long distinctColours(BufferedImage image) {
        return IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }
}
