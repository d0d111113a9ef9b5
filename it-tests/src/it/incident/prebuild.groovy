// Checks the README's example schema itself rather than a copy that could drift from it.
import java.nio.file.Files
import java.nio.file.Path

Path from = new File(examplesDirectory, 'incident/src/main/resources/db').toPath()
Path to = new File(basedir, 'src/main/resources/db').toPath()
Files.walk(from).withCloseable { paths ->
    paths.sorted().each { Path source ->
        Path target = to.resolve(from.relativize(source).toString())
        if (Files.isDirectory(source)) {
            Files.createDirectories(target)
        } else {
            Files.copy(source, target)
        }
    }
}
assert Files.isRegularFile(to.resolve('migration/V1__create_orders.sql'))
