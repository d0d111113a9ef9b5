package io.github.schemaguard.source.app;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.source.ddl.DdlFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every reader of application SQL, in one place: each adds its statements to what the rules check. */
public final class ApplicationSources {

    private static final List<String> DML_INCLUDES = List.of("**/*.sql");

    private ApplicationSources() {
    }

    /**
     * @param dialect the schema's dialect, for splitting {@code .sql} files
     */
    public static ApplicationSqlRead read(Path baseDirectory, ApplicationSqlRequest request, Dialect dialect)
            throws IOException {
        ApplicationSqlRead mappers = MapperXmlSource.read(baseDirectory,
                files(baseDirectory, request.mapperDirectories(), request.mapperIncludes(), request.mapperExcludes()));
        ApplicationSqlRead dml = DmlFileSource.read(baseDirectory,
                files(baseDirectory, request.dmlDirectories(), DML_INCLUDES, List.of()), dialect);
        return mappers.plus(dml).plus(java(baseDirectory, request.javaSourceRoots()));
    }

    /** Java statements, their {@code <script>} annotations flattened; files counted when they hold SQL. */
    private static ApplicationSqlRead java(Path baseDirectory, List<Path> roots) {
        if (roots.isEmpty()) {
            return ApplicationSqlRead.NONE;
        }
        JavaReadResult java = JavaSources.read(baseDirectory, roots.stream().map(baseDirectory::resolve).toList());
        int files = (int) java.statements().stream().map(s -> s.location().file()).distinct().count();
        return ScriptSql.flatten(java.statements(), java.singleResultMethods(), java.problems(), files);
    }

    private static List<Path> files(Path baseDirectory, List<Path> directories, List<String> includes,
                                    List<String> excludes) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path directory : directories) {
            for (Path file : DdlFiles.find(baseDirectory.resolve(directory), includes, excludes)) {
                if (!files.contains(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }
}
