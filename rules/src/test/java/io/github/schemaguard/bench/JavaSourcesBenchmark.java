package io.github.schemaguard.bench;

import io.github.schemaguard.source.app.JavaReadResult;
import io.github.schemaguard.source.app.JavaSources;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Not a test: generates a Java project of entities, repositories, mappers and plain service classes (about 100
 * lines each) and prints the time {@link JavaSources#read} takes on it, wall clock and CPU, cold and warm.
 *
 * <p>Run: {@code java -cp <rules test classpath> io.github.schemaguard.bench.JavaSourcesBenchmark [files]}.
 */
public final class JavaSourcesBenchmark {
    private static final int RUNS = 5;

    private JavaSourcesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        Path root = Files.createTempDirectory("java-sources-bench");
        Path sources = root.resolve("src/main/java/bench");
        Files.createDirectories(sources);
        for (int i = 0; i < files; i++) {
            switch (i % 4) {
                case 0 -> write(sources, "Entity" + i, entity(i));
                case 1 -> write(sources, "Repository" + i, repository(i));
                case 2 -> write(sources, "Mapper" + i, mapper(i));
                default -> write(sources, "Service" + i, service(i));
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run <= RUNS; run++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            JavaReadResult result = JavaSources.read(root, List.of(root.resolve("src/main/java")));
            double wallMillis = (System.nanoTime() - wall) / 1e6;
            double cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            System.out.printf(Locale.ROOT, "%s: %d files, %d statements, %d problems: %.0f ms (CPU %.0f ms,"
                            + " %.2f ms per file)%n", run == 0 ? "first run" : "warm run", files,
                    result.statements().size(), result.problems().size(), wallMillis, cpuMillis, cpuMillis / files);
        }
        try (Stream<Path> generated = Files.walk(root)) {
            for (Path path : generated.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void write(Path directory, String name, String body) throws IOException {
        Files.writeString(directory.resolve(name + ".java"), "package bench;\n\n" + body);
    }

    private static String entity(int i) {
        StringBuilder fields = new StringBuilder();
        for (int f = 0; f < 30; f++) {
            fields.append("    @Column(name = \"field_").append(f).append("\")\n    private String field").append(f)
                    .append(";\n\n");
        }
        return "import jakarta.persistence.*;\n\n@Entity\n@Table(name = \"entity_" + i + "\")\npublic class Entity"
                + i + " {\n    @Id\n    private Long id;\n\n    private String orderNo;\n\n" + fields + "}\n";
    }

    private static String repository(int i) {
        String entity = "Entity" + (i - 1);
        return "import org.springframework.data.jpa.repository.*;\nimport java.util.*;\n\n"
                + "public interface Repository" + i + " extends JpaRepository<" + entity + ", Long> {\n"
                + "    Optional<" + entity + "> findByOrderNo(String orderNo);\n\n"
                + "    List<" + entity + "> findByField1AndField2(String a, String b);\n\n"
                + "    @Modifying\n    @Query(\"update " + entity + " e set e.field3 = :v where e.orderNo = :no\")\n"
                + "    int touch(String v, String no);\n\n"
                + "    @Query(value = \"SELECT * FROM entity_" + (i - 1) + " WHERE field_4 = ?1\", nativeQuery = true)\n"
                + "    List<" + entity + "> byField4(String v);\n}\n";
    }

    private static String mapper(int i) {
        return "import org.apache.ibatis.annotations.*;\nimport java.util.*;\n\n@Mapper\npublic interface Mapper" + i
                + " {\n    @Update(\"UPDATE t" + i + " SET status = #{status} WHERE order_no = #{orderNo}\")\n"
                + "    int markPaid(String orderNo, String status);\n\n"
                + "    @Select({\"SELECT * FROM t" + i + "\", \"WHERE order_no = #{orderNo}\"})\n"
                + "    Map<String, Object> find(String orderNo);\n\n    List<Object> listByXml();\n}\n";
    }

    private static String service(int i) {
        StringBuilder methods = new StringBuilder();
        for (int m = 0; m < 10; m++) {
            methods.append("    public int compute").append(m).append("(List<String> values) {\n")
                    .append("        int total = 0;\n        for (String v : values) {\n")
                    .append("            if (v != null && !v.isEmpty()) {\n                total += v.length() * ")
                    .append(m).append(";\n            }\n        }\n        return total;\n    }\n\n");
        }
        return "import java.util.List;\n\npublic class Service" + i + " {\n" + methods + "}\n";
    }
}
