package io.github.schemaguard.source.app;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the application's SQL is. Directories that do not exist are passed over: a project without MyBatis
 * simply has no mapper files.
 *
 * @param mapperDirectories where MyBatis mapper XML files are (absolute, or relative to the project)
 * @param mapperIncludes    glob patterns of mapper files, relative to each mapper directory
 * @param mapperExcludes    glob patterns of files to leave out
 * @param dmlDirectories    where {@code .sql} files with data statements (UPDATE, DELETE, upserts) are
 * @param javaSourceRoots   Java source directories, for MyBatis annotations, Spring Data queries and mapper
 *                          interfaces (which tell which mapper selects return one row)
 */
public record ApplicationSqlRequest(List<Path> mapperDirectories, List<String> mapperIncludes,
                                    List<String> mapperExcludes, List<Path> dmlDirectories,
                                    List<Path> javaSourceRoots) {

    /** A plain MyBatis project's layout. */
    public static final List<String> DEFAULT_MAPPER_INCLUDES = List.of("**/*Mapper.xml", "**/mapper/**/*.xml");

    /** Read no application SQL. */
    public static final ApplicationSqlRequest NONE = new ApplicationSqlRequest(List.of(), List.of(), List.of(),
            List.of(), List.of());

    public ApplicationSqlRequest {
        mapperDirectories = List.copyOf(mapperDirectories);
        mapperIncludes = List.copyOf(mapperIncludes);
        mapperExcludes = List.copyOf(mapperExcludes);
        dmlDirectories = List.copyOf(dmlDirectories);
        javaSourceRoots = List.copyOf(javaSourceRoots);
    }

    /** Mapper XML and DML files only, no Java sources. */
    public ApplicationSqlRequest(List<Path> mapperDirectories, List<String> mapperIncludes,
                                 List<String> mapperExcludes, List<Path> dmlDirectories) {
        this(mapperDirectories, mapperIncludes, mapperExcludes, dmlDirectories, List.of());
    }
}
